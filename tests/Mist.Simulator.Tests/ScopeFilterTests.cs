using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mist.Simulator.Tests;

/// <summary>
/// One privilege check for every API route (ScopeFilter on the /api/v1 group): every route that names the primary
/// org, one of its sites or its MSP answers 403 to a token of another org, whatever its method, before its handler
/// reads a body or a query; and a read-only token may read but not write.
/// </summary>
public sealed partial class ScopeFilterTests
{
    [Fact]
    public async Task Every_route_naming_an_org_site_or_msp_refuses_a_token_without_a_privilege_on_it()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId);
        var routes = Routes(sim).Where(r => Scoped().IsMatch(r.Path)).ToList();
        var allowed = new List<string>();

        foreach (var (method, template) in routes)
        {
            var path = Fill(template, sim.OrgId, site.Id);
            var (status, _) = await sim.SendJsonAsync(new HttpMethod(method), path, method is "POST" or "PUT" ? "{}" : null, sim.Tokens.OtherOrg);
            if (status != System.Net.HttpStatusCode.Forbidden)
            {
                allowed.Add($"{method} {template}: {(int)status}");
            }
        }

        Assert.True(routes.Count > 100, $"{routes.Count} routes");
        Assert.True(allowed.Count == 0, string.Join("\n", allowed));
    }

    [Fact]
    public async Task A_read_only_token_reads_and_is_refused_every_write()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId);
        var writes = Routes(sim).Where(r => r.Method != "GET" && Scoped().IsMatch(r.Path) && !r.Path.StartsWith("/api/v1/msps/", StringComparison.Ordinal)).ToList();
        var allowed = new List<string>();

        foreach (var (method, template) in writes)
        {
            var (status, _) = await sim.SendJsonAsync(new HttpMethod(method), Fill(template, sim.OrgId, site.Id), "{}", sim.Tokens.ReadOnly);
            if (status != System.Net.HttpStatusCode.Forbidden)
            {
                allowed.Add($"{method} {template}: {(int)status}");
            }
        }

        var (read, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site.Id}", null, sim.Tokens.ReadOnly);
        Assert.Equal(System.Net.HttpStatusCode.OK, read);
        Assert.NotEmpty(writes);
        Assert.True(allowed.Count == 0, string.Join("\n", allowed));
    }

    [Fact]
    public async Task Every_mapped_endpoint_is_checked_by_the_scope_filter_or_is_a_control_route()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var uncovered = new List<string>();
        var open = new List<string>();

        foreach (var endpoint in sim.Simulator.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText!;
            if (route.StartsWith("/__sim/", StringComparison.Ordinal))
            {
                continue; // the simulator's controls: loopback only and their own secret (SimulatorGuard), not Mist routes
            }

            var names = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (endpoint.Metadata.GetMetadata<Auth.ScopeFilter.Covered>() is null)
            {
                uncovered.Add(route);
            }
            else if (!Auth.ScopeFilter.ScopeParameters.Any(names.Contains) && endpoint.Metadata.GetMetadata<Auth.ScopeFilter.AnyToken>() is not null)
            {
                open.Add(route);
            }
        }

        Assert.True(uncovered.Count == 0, "outside the scope filter: " + string.Join(", ", uncovered));
        // The only routes any authenticated token may call: who it is, its usage, the country list.
        Assert.Equal(["/api/v1/const/countries", "/api/v1/self", "/api/v1/self/usage"], open.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_route_naming_no_scope_and_not_marked_open_is_refused_before_its_handler()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        Microsoft.AspNetCore.Http.EndpointHttpContextExtensions.SetEndpoint(context, new Microsoft.AspNetCore.Http.Endpoint(null, new Microsoft.AspNetCore.Http.EndpointMetadataCollection(), "new route"));
        var ran = false;

        var result = await Auth.ScopeFilter.InvokeAsync(
            new Microsoft.AspNetCore.Http.DefaultEndpointFilterInvocationContext(context),
            _ =>
            {
                ran = true;
                return ValueTask.FromResult<object?>(null);
            });

        Assert.False(ran);
        Assert.Equal(403, Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.IStatusCodeHttpResult>(result).StatusCode);
    }

    private static List<(string Method, string Path)> Routes(SimulatorClient sim) =>
        [.. sim.Simulator.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m, e.RoutePattern.RawText!)))];

    // The primary org's ids where the route names them; any other placeholder gets a made-up id.
    private static string Fill(string template, string orgId, string siteId) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "org_id" => orgId,
            "site_id" => siteId,
            "msp_id" => Guid.NewGuid().ToString(),
            _ => Guid.NewGuid().ToString(),
        }).TrimStart('/');

    [GeneratedRegex(@"\{(org_id|site_id|msp_id)\}")]
    private static partial Regex Scoped();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
