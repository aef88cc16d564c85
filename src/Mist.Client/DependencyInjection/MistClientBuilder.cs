using Microsoft.Extensions.DependencyInjection;

namespace Mist.DependencyInjection;

/// <summary>
/// Adds to one registration made by <c>AddMistClient</c>: its credential and further option settings. Calls to
/// <c>AddMistClient</c> with the same name add to the same registration.
/// </summary>
public sealed class MistClientBuilder
{
    private readonly MistClientRegistration _registration;

    internal MistClientBuilder(IServiceCollection services, MistClientRegistration registration)
    {
        Services = services;
        _registration = registration;
    }

    /// <summary>The name of the unnamed client, the one resolved as <see cref="MistClient"/>: the empty string.</summary>
    public const string DefaultName = "";

    /// <summary>The registration's name, as passed to <see cref="IMistClientFactory.CreateClient"/>.</summary>
    public string Name => _registration.Name;

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Changes the options after configuration was bound; later calls run later.</summary>
    public MistClientBuilder ConfigureOptions(Action<MistClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _registration.Configure.Add((_, options) => configure(options));
        return this;
    }

    /// <summary>Changes the options with access to other services (for example a handler from <c>IHttpMessageHandlerFactory</c>).</summary>
    public MistClientBuilder ConfigureOptions(Action<IServiceProvider, MistClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _registration.Configure.Add(configure);
        return this;
    }

    /// <summary>Uses this credential instead of a <c>Token</c> or <c>Tokens</c> key in configuration.</summary>
    public MistClientBuilder WithCredential(MistCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _registration.Credential = _ => credential;
        return this;
    }

    /// <summary>
    /// Gets the credential from a factory (a secret store, say), called once, when the first client of this name is
    /// created. It wins over a <c>Token</c> or <c>Tokens</c> key in configuration.
    /// </summary>
    public MistClientBuilder WithCredential(Func<IServiceProvider, MistCredential> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _registration.Credential = factory;
        return this;
    }
}
