using System.Reflection;
using System.Text.Json;

namespace Mist.Tests;

/// <summary>
/// The generated operation table (<see cref="MistOperations"/>) against its sources, read here independently of the
/// generator: the bundled spec's operations, minus the overlay's removed ones, plus its added ones, with its query
/// parameter changes; and the lookups and request building that <c>mist api</c> and the typed clients rely on.
/// </summary>
public class OperationTableTests
{
    private static readonly Lazy<JsonDocument> s_spec = new(() => Load("mist.openapi.json"));
    private static readonly Lazy<JsonDocument> s_overlay = new(() => Load("live-api.json"));

    [Fact]
    public void The_table_is_the_spec_minus_removed_plus_added_operations()
    {
        var expected = SpecOperations().Select(o => (o.Method, o.Path, o.Id)).ToHashSet();
        var overlay = s_overlay.Value.RootElement;
        foreach (var removed in overlay.GetProperty("removed").EnumerateArray())
        {
            Assert.True(expected.Remove((Text(removed, "method"), Text(removed, "path"), Text(removed, "operationId"))), removed.ToString());
        }

        foreach (var added in overlay.GetProperty("added").EnumerateArray())
        {
            Assert.True(expected.Add((Text(added, "method"), Text(added, "path"), Text(added, "operationId"))), added.ToString());
        }

        var table = MistOperations.All.Select(o => (o.Method.Method, o.PathTemplate, o.OperationId)).ToHashSet();
        Assert.Equal(1047, MistOperations.All.Count);
        Assert.Equal(MistOperations.All.Count, table.Count);
        Assert.Empty(expected.Except(table));
        Assert.Empty(table.Except(expected));
    }

    [Fact]
    public void Query_parameters_are_the_specs_with_the_overlays_changes()
    {
        var changes = s_overlay.Value.RootElement.GetProperty("query_changes").EnumerateArray()
            .ToDictionary(c => $"{Text(c, "method")} {Text(c, "path")}", c => c);
        var renamed = s_overlay.Value.RootElement.GetProperty("removed").EnumerateArray().Select(r => Text(r, "operationId")).ToHashSet();
        foreach (var (method, path, id, query) in SpecOperations().Where(o => !renamed.Contains(o.Id)))
        {
            var operation = MistOperations.Find(id)!;
            var names = operation.QueryParameters.Select(p => p.Name).ToHashSet();
            var want = query.ToHashSet();
            if (changes.TryGetValue($"{method} {path}", out var change))
            {
                want.ExceptWith(change.GetProperty("remove").EnumerateArray().Select(e => e.GetString()!));
                want.UnionWith(change.GetProperty("add").EnumerateArray().Select(e => e.GetString()!));
                Assert.Equal(MistOperationOrigin.Changed, operation.Origin);
            }

            Assert.True(want.SetEquals(names), $"{id}: [{string.Join(", ", names.Order())}] should be [{string.Join(", ", want.Order())}]");
        }

        foreach (var added in s_overlay.Value.RootElement.GetProperty("added").EnumerateArray())
        {
            var operation = MistOperations.Find(Text(added, "operationId"))!;
            Assert.Equal(added.GetProperty("query").EnumerateArray().Select(e => e.GetString()!).Order(), operation.QueryParameters.Select(p => p.Name).Order());
        }
    }

    [Theory]
    [InlineData("listOrgWlans", "GET", "/api/v1/orgs/{org_id}/wlans", MistPaging.PageNumbers)]
    [InlineData("searchOrgInventory", "GET", "/api/v1/orgs/{org_id}/inventory/search", MistPaging.Cursor)]
    [InlineData("searchOrgDevices", "GET", "/api/v1/orgs/{org_id}/devices/search", MistPaging.Cursor)]
    [InlineData("listOrgAuditLogs", "GET", "/api/v1/orgs/{org_id}/logs/search", MistPaging.Cursor)]
    [InlineData("getOrgStats", "GET", "/api/v1/orgs/{org_id}/stats", MistPaging.None)]
    [InlineData("countOrgDevices", "GET", "/api/v1/orgs/{org_id}/devices/count", MistPaging.None)]
    [InlineData("createOrgWlan", "POST", "/api/v1/orgs/{org_id}/wlans", MistPaging.None)]
    [InlineData("showSiteDeviceBgpSummary", "POST", "/api/v1/sites/{site_id}/devices/{device_id}/show_bgp_summary", MistPaging.None)]
    public void Operations_carry_the_live_path_and_their_paging_style(string id, string method, string path, MistPaging paging)
    {
        var operation = MistOperations.Find(id);

        Assert.NotNull(operation);
        Assert.Equal(method, operation.Method.Method);
        Assert.Equal(path, operation.PathTemplate);
        Assert.Equal(paging, operation.Paging);
        Assert.Same(operation, MistOperations.Find(id.ToUpperInvariant()));
    }

    [Fact]
    public void Each_property_is_named_after_its_operationId_and_listed_in_All()
    {
        var properties = typeof(MistOperations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(MistOperation))
            .ToList();

        Assert.Equal(MistOperations.All.Count, properties.Count);
        Assert.All(properties, p =>
        {
            var operation = (MistOperation)p.GetValue(null)!;
            Assert.Equal(p.Name, char.ToUpperInvariant(operation.OperationId[0]) + operation.OperationId[1..]);
            Assert.Contains(operation, MistOperations.All);
        });
    }

    [Fact]
    public void Match_prefers_the_literal_segment_and_ignores_the_query()
    {
        var site = Guid.NewGuid();

        Assert.Equal("searchSiteDevices", MistOperations.Match(HttpMethod.Get, $"/api/v1/sites/{site}/devices/search?mac=5c5b35000001")!.OperationId);
        Assert.Equal("getSiteDevice", MistOperations.Match(HttpMethod.Get, $"/api/v1/sites/{site}/devices/{Guid.NewGuid()}")!.OperationId);
        Assert.Null(MistOperations.Match(HttpMethod.Post, $"/api/v1/sites/{site}"));
        Assert.Null(MistOperations.Match(HttpMethod.Get, "/api/v1/orgs"));
        Assert.Equal(["DELETE", "GET", "PUT"], MistOperations.MatchPath($"/api/v1/sites/{site}").Select(o => o.Method.Method).Order());
    }

    [Fact]
    public void CreateRequest_fills_checks_and_escapes_path_values()
    {
        var org = Guid.NewGuid();

        var wlans = MistOperations.ListOrgWlans.CreateRequest(org.ToString());
        var byName = MistOperations.GetSiteInsightMetricsForClient.CreateRequest(new Dictionary<string, string>
        {
            ["site_id"] = org.ToString(),
            ["client_mac"] = "5c:5b/35",
        });

        Assert.Equal($"/api/v1/orgs/{org}/wlans", wlans.Path);
        Assert.Same(MistOperations.ListOrgWlans, wlans.Operation);
        Assert.Equal($"/api/v1/sites/{org}/insights/client/5c%3A5b%2F35", byName.Path);
        Assert.Contains("org_id takes a UUID, not 'Contoso'", Assert.Throws<ArgumentException>(() => MistOperations.ListOrgWlans.CreateRequest("Contoso")).Message, StringComparison.Ordinal);
        Assert.Contains("takes 1 path value(s) (org_id), not 2", Assert.Throws<ArgumentException>(() => MistOperations.ListOrgWlans.CreateRequest("a", "b")).Message, StringComparison.Ordinal);
        Assert.Contains("needs a value for {client_mac}", Assert.Throws<ArgumentException>(() => MistOperations.GetSiteInsightMetricsForClient.CreateRequest(new Dictionary<string, string> { ["site_id"] = org.ToString() })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_check_values_by_type_list_and_allowed_values()
    {
        var stats = MistOperations.ListOrgDevicesStats;
        var limit = stats.FindQueryParameter("limit")!;
        var status = stats.FindQueryParameter("status")!;
        var fields = stats.FindQueryParameter("fields")!;

        Assert.Null(limit.Check("100"));
        Assert.Equal("limit takes a whole number, not 'ten'.", limit.Check("ten"));
        Assert.Null(status.Check("connected"));
        Assert.Contains("status takes one of all, connected, disconnected", status.Check("up"), StringComparison.Ordinal);
        Assert.True(fields.IsList);
        Assert.Null(fields.Check("ip,version"));
        Assert.Equal("acked takes true or false, not 'yes'.", MistOperations.SearchOrgAlarms.FindQueryParameter("acked")!.Check("yes"));
    }

    private static IEnumerable<(string Method, string Path, string Id, List<string> Query)> SpecOperations()
    {
        var root = s_spec.Value.RootElement;
        foreach (var path in root.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete"))
            {
                var own = method.Value.TryGetProperty("parameters", out var o) ? o.EnumerateArray().ToList() : [];
                var query = shared.Concat(own).Select(Resolve).Where(x => Text(x, "in") == "query").Select(x => Text(x, "name")).ToList();
                yield return (method.Name.ToUpperInvariant(), path.Name, Text(method.Value, "operationId"), query);
            }
        }
    }

    private static JsonElement Resolve(JsonElement parameter)
    {
        if (!parameter.TryGetProperty("$ref", out var reference))
        {
            return parameter;
        }

        var node = s_spec.Value.RootElement;
        foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(part);
        }

        return node;
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static JsonDocument Load(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", name)));
}
