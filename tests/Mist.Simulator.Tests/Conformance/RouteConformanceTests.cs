using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mist.Simulator.Tests.Conformance;

public sealed class RouteConformanceTests
{
    [Fact]
    public async Task Every_api_route_exists_in_the_spec_with_its_method()
    {
        await using var sim = await MistSimulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var routes = sim.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: e.RoutePattern.RawText!)))
            .ToList();

        // The live API's added operations (spec/overlay/live-api.json) count as the spec's: /orgs/{org_id}/logs/search.
        var added = MistSpec.LiveAdded();
        var missing = routes
            .Where(r => MistSpec.Paths[r.Path]?[r.Method.ToLowerInvariant()] is null && !added.Contains($"{r.Method} {r.Path}"))
            .Select(r => $"{r.Method} {r.Path}")
            .ToList();

        Assert.True(routes.Count >= 30, $"only {routes.Count} routes found");
        Assert.True(missing.Count == 0, "Routes the spec does not have: " + string.Join(", ", missing));
    }
}
