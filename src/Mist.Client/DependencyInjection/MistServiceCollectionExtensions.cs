using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mist.DependencyInjection;

/// <summary>Registers <see cref="MistClient"/>s in a service collection.</summary>
/// <remarks>
/// Options start from the SDK's defaults with the container's <c>ILoggerFactory</c> and <see cref="TimeProvider"/>
/// (when registered), then configuration is bound and <c>configure</c> actions run, in the order they were added.
/// They are read once, when the first client of a name is created.
/// </remarks>
/// <example>
/// <code>
/// // appsettings.json: { "Mist": { "Cloud": "eu", "Token": "..." }, "MistUs": { "Cloud": "global01", "Tokens": [ "...", "..." ] } }
/// services.AddMistClient(configuration.GetSection("Mist"));             // resolve MistClient
/// services.AddMistClient("us-prod", configuration.GetSection("MistUs"))
///     .ConfigureOptions(o => o.ApplicationId = "inventory-sync/2.1");   // or IMistClientFactory.CreateClient("us-prod")
/// </code>
/// </example>
public static class MistServiceCollectionExtensions
{
    /// <summary>
    /// Registers the unnamed client, resolved as <see cref="MistClient"/> (a singleton), from a configuration section:
    /// its keys bind onto <see cref="MistClientOptions"/> (<c>Cloud</c>, <c>Retry</c>, <c>RateBudget</c>, ...) and its
    /// <c>Token</c> (one token or a comma-separated pool) or <c>Tokens</c> list is the credential unless
    /// <see cref="MistClientBuilder.WithCredential(MistCredential)"/> gives one.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MistClientBuilder AddMistClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddMistClient(MistClientBuilder.DefaultName, configuration);

    /// <summary>Registers a named client from a configuration section; see <see cref="AddMistClient(IServiceCollection, IConfiguration)"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MistClientBuilder AddMistClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddMistClient(name);
        var registration = Registration(services, name);
        registration.Configure.Add((_, options) => MistOptionsBinder.Bind(configuration, options));
        registration.CredentialSection = configuration;
        return builder;
    }

    /// <summary>
    /// Registers the unnamed client, resolved as <see cref="MistClient"/>, configured in code. Give it a credential
    /// with <see cref="MistClientBuilder.WithCredential(MistCredential)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MistClientBuilder AddMistClient(this IServiceCollection services, Action<MistClientOptions> configure) =>
        services.AddMistClient(MistClientBuilder.DefaultName, configure);

    /// <summary>Registers a named client configured in code; see <see cref="AddMistClient(IServiceCollection, Action{MistClientOptions})"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MistClientBuilder AddMistClient(this IServiceCollection services, string name, Action<MistClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddMistClient(name).ConfigureOptions(configure);
    }

    private static MistClientBuilder AddMistClient(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        services.TryAddSingleton<IMistClientFactory>(sp => new MistClientFactory(sp, sp.GetServices<MistClientRegistration>()));
        if (name.Length == 0)
        {
            // Immutable and thread-safe, so one instance serves the whole application; it shares the factory's pipeline.
            services.TryAddSingleton(sp => sp.GetRequiredService<IMistClientFactory>().CreateClient(MistClientBuilder.DefaultName));
        }

        return new MistClientBuilder(services, Registration(services, name));
    }

    // Calls with the same name add to one registration, as AddHttpClient's do.
    private static MistClientRegistration Registration(IServiceCollection services, string name)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MistClientRegistration) && !descriptor.IsKeyedService
                && descriptor.ImplementationInstance is MistClientRegistration existing && existing.Name == name)
            {
                return existing;
            }
        }

        var registration = new MistClientRegistration(name);
        services.AddSingleton(registration);
        return registration;
    }
}
