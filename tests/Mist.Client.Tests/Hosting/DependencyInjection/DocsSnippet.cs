using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>The "Dependency injection" example of docs/sdk.md, word for word between the markers, so it compiles.</summary>
internal static class DocsSnippet
{
    public static async Task<int> CountSitesAsync(IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        // docs:start
        // appsettings.json: { "Mist": { "Cloud": "eu", "Token": "..." }, "MistUs": { "Cloud": "global01", "Tokens": [ "...", "..." ] } }
        services.AddMistClient(configuration.GetSection("Mist"));              // the unnamed client: inject MistClient
        services.AddMistClient("us-prod", configuration.GetSection("MistUs"))  // a named client: IMistClientFactory
            .ConfigureOptions(o => o.ApplicationId = "inventory-sync/2.1");

        await using var provider = services.BuildServiceProvider();
        var eu = provider.GetRequiredService<MistClient>();
        var us = provider.GetRequiredService<IMistClientFactory>().CreateClient("us-prod");
        var sites = 0;
        foreach (var client in new[] { eu, us })
        {
            foreach (var org in await client.Self.ListOrgsAsync(cancellationToken))
            {
                await foreach (var site in client.Sites.ListAsync(org.Id).WithCancellation(cancellationToken))
                {
                    sites++;
                }
            }
        }

        // docs:end
        return sites;
    }
}
