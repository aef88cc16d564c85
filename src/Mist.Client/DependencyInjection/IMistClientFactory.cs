namespace Mist.DependencyInjection;

/// <summary>
/// Creates the <see cref="MistClient"/>s registered with
/// <see cref="MistServiceCollectionExtensions.AddMistClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Microsoft.Extensions.Configuration.IConfiguration)"/>,
/// by name, as <c>IHttpClientFactory</c> creates <see cref="HttpClient"/>s.
/// </summary>
/// <remarks>
/// Every client of one name shares that registration's connection pool and its per-token rate budget (Mist counts
/// calls per token per clock hour, so a client created per request or per scope must not start counting from zero).
/// The factory owns what they share and releases it when the service provider is disposed; disposing a client it
/// created is allowed and releases nothing the other clients of that name still use.
/// </remarks>
public interface IMistClientFactory
{
    /// <summary>Creates a client for the registration called <paramref name="name"/>.</summary>
    /// <param name="name">The name given to <c>AddMistClient</c>; <see cref="MistClientBuilder.DefaultName"/> (empty) for the unnamed one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// No client of that name is registered, it has no credential (neither a <c>Token</c> or <c>Tokens</c> key in its
    /// configuration section nor <see cref="MistClientBuilder.WithCredential(MistCredential)"/>), or its token or
    /// options are invalid. The message names the setting, never the token.
    /// </exception>
    /// <exception cref="ObjectDisposedException">The service provider that owns the factory was disposed.</exception>
    MistClient CreateClient(string name);
}
