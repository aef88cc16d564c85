using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mist.DependencyInjection;

/// <summary>What <c>AddMistClient</c> recorded for one name: how to build its options and its credential.</summary>
internal sealed class MistClientRegistration(string name)
{
    public string Name { get; } = name;

    /// <summary>Run in order on fresh options: configuration binding and <c>configure</c> actions alike.</summary>
    public List<Action<IServiceProvider, MistClientOptions>> Configure { get; } = [];

    /// <summary>The section whose <c>Token</c> or <c>Tokens</c> key holds the credential, when none is given in code.</summary>
    public IConfiguration? CredentialSection { get; set; }

    public Func<IServiceProvider, MistCredential>? Credential { get; set; }

    public MistClientOptions CreateOptions(IServiceProvider services)
    {
        // The application's logging and clock unless a configure action says otherwise.
        var options = new MistClientOptions();
        if (services.GetService<ILoggerFactory>() is { } loggerFactory)
        {
            options.LoggerFactory = loggerFactory;
        }

        if (services.GetService<TimeProvider>() is { } timeProvider)
        {
            options.TimeProvider = timeProvider;
        }

        foreach (var configure in Configure)
        {
            configure(services, options);
        }

        return options;
    }

    public MistCredential CreateCredential(IServiceProvider services)
    {
        if (Credential is not null)
        {
            return Credential(services);
        }

        var section = CredentialSection;
        var where = section is IConfigurationSection { Path: var path } ? $"'{path}:Token'" : "'Token'";
        var tokens = section is null ? [] : ReadTokens(section);
        if (tokens.Length == 0)
        {
            throw new InvalidOperationException(
                $"The Mist client {Describe()} has no credential: set {where} (or a 'Tokens' list) in configuration, or call WithCredential.");
        }

        try
        {
            return new MistCredential(tokens);
        }
        catch (ArgumentException e)
        {
            // MistCredential's messages describe the problem without repeating the token.
            throw new InvalidOperationException($"The Mist client {Describe()} has an unusable credential in {where}: {e.Message}", e);
        }
    }

    public string Describe() => Name.Length == 0 ? "(the unnamed one)" : $"'{Name}'";

    // "Token" may be a comma-separated pool, as MIST_API_TOKEN is; "Tokens" is a list (Tokens:0, Tokens:1, ...).
    private static string[] ReadTokens(IConfiguration section)
    {
        if (section["Token"] is { Length: > 0 } token)
        {
            return token.Split(',');
        }

        return [.. section.GetSection("Tokens").GetChildren().Select(child => child.Value).OfType<string>().Where(value => value.Length > 0)];
    }
}
