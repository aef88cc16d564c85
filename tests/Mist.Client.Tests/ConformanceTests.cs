using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mist.Tests;

/// <summary>
/// Every (method, path) the SDK can call exists in <c>spec/mist-openapi/mist.openapi.json</c>: checked both on the
/// route table and on the requests that every operation actually sends.
/// </summary>
public class ConformanceTests
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> s_spec = new(LoadSpec);

    // One call of every public operation. A new operation fails Every_public_operation_is_run_by_the_conformance_test
    // until it is added here; a new route fails Sdk_requests_match_spec_paths_and_cover_every_route until an
    // operation here calls it.
    private static readonly Dictionary<string, Func<MistClient, CancellationToken, Task>> s_operations = new()
    {
        ["SelfClient.GetAsync"] = (c, ct) => c.Self.GetAsync(ct),
        ["SelfClient.GetUsageAsync"] = (c, ct) => c.Self.GetUsageAsync(ct),
        ["SelfClient.ListOrgsAsync"] = (c, ct) => c.Self.ListOrgsAsync(ct),
        ["OrgsClient.GetAsync"] = (c, ct) => c.Orgs.GetAsync(TestClient.OrgId, ct),
        ["OrgsClient.GetStatsAsync"] = (c, ct) => c.Orgs.GetStatsAsync(TestClient.OrgId, ct),
        ["OrgsClient.ListMspOrgsAsync"] = (c, ct) => c.Orgs.ListMspOrgsAsync(PlausibleMist.MspId, ct),
        ["SitesClient.ListAsync"] = (c, ct) => c.Sites.ListAsync(TestClient.OrgId).ToListAsync(ct).AsTask(),
        ["SitesClient.FindByNameAsync"] = (c, ct) => c.Sites.FindByNameAsync(TestClient.OrgId, "HQ", ct),
        ["SitesClient.GetAsync"] = (c, ct) => c.Sites.GetAsync(TestClient.SiteId, ct),
        ["SitesClient.CreateAsync"] = (c, ct) => c.Sites.CreateAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), ct),
        ["SitesClient.CreateOnceAsync"] = (c, ct) => c.Sites.CreateOnceAsync(TestClient.OrgId, new SiteCreateOptions("HQ"), ct),
        ["SitesClient.UpdateAsync"] = (c, ct) => c.Sites.UpdateAsync(TestClient.SiteId, new SiteUpdateOptions { Notes = "n" }, ct),
        ["SitesClient.DeleteAsync"] = (c, ct) => c.Sites.DeleteAsync(TestClient.SiteId, ct),
        ["SitesClient.GetSettingAsync"] = (c, ct) => c.Sites.GetSettingAsync(TestClient.SiteId, ct),
        ["SitesClient.UpdateSettingAsync"] = (c, ct) => c.Sites.UpdateSettingAsync(TestClient.SiteId, Setting(), ct),
        ["DevicesClient.ListAsync"] = (c, ct) => c.Devices.ListAsync(TestClient.SiteId, new DeviceListOptions { Type = DeviceType.All }).ToListAsync(ct).AsTask(),
        ["DevicesClient.SearchAsync"] = (c, ct) => c.Devices.SearchAsync(TestClient.OrgId, new DeviceSearchOptions { Mac = PlausibleMist.DeviceMac }).ToListAsync(ct).AsTask(),
        ["DevicesClient.ListNamesAsync"] = (c, ct) => c.Devices.ListNamesAsync(TestClient.OrgId, ct),
        ["DevicesClient.GetAsync"] = (c, ct) => c.Devices.GetAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["DevicesClient.UpdateAsync"] = (c, ct) => c.Devices.UpdateAsync(TestClient.SiteId, TestClient.DeviceId, new DeviceUpdateOptions { Name = "x" }, ct),
        ["DevicesClient.FindAsync"] = (c, ct) => c.Devices.FindAsync(TestClient.OrgId, PlausibleMist.DeviceName, ct),
        ["DevicesClient.RestartAsync"] = (c, ct) => c.Devices.RestartAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["DevicesClient.LocateAsync"] = (c, ct) => c.Devices.LocateAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["DevicesClient.UnlocateAsync"] = (c, ct) => c.Devices.UnlocateAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["InventoryClient.ListAsync"] = (c, ct) => c.Inventory.ListAsync(TestClient.OrgId).ToListAsync(ct).AsTask(),
        ["InventoryClient.ClaimAsync"] = (c, ct) => c.Inventory.ClaimAsync(TestClient.OrgId, ["6JG8E-PTFV2-A9Z2N"], ct),
        ["InventoryClient.AssignAsync"] = (c, ct) => c.Inventory.AssignAsync(TestClient.OrgId, TestClient.SiteId, [PlausibleMist.DeviceMac], cancellationToken: ct),
        ["InventoryClient.UnassignAsync"] = (c, ct) => c.Inventory.UnassignAsync(TestClient.OrgId, [PlausibleMist.DeviceMac], ct),
        ["InventoryClient.ReleaseAsync"] = (c, ct) => c.Inventory.ReleaseAsync(TestClient.OrgId, [PlausibleMist.DeviceMac], ct),
        ["MistClient.SendAsync"] = (c, ct) => c.SendAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/stats"), ct),
        ["MistClient.GetAllAsync"] = (c, ct) => c.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/sites")).ToListAsync(ct).AsTask(),
    };

    [Fact]
    public void Every_route_of_the_route_table_is_in_the_spec()
    {
        var routes = AllRoutes();
        Assert.True(routes.Count >= 24, $"Expected the whole route table, found {routes.Count} routes.");

        var missing = routes
            .Where(r => !(s_spec.Value.TryGetValue(r.Template, out var methods) && methods.Contains(r.Method.ToLowerInvariant())))
            .Select(r => $"{r.Method} {r.Template}")
            .ToList();

        Assert.True(missing.Count == 0, $"Routes not in spec/mist-openapi/mist.openapi.json: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Sdk_requests_match_spec_paths_and_cover_every_route()
    {
        using var t = new TestClient();
        PlausibleMist.Answer(t.Handler);
        foreach (var (name, operation) in s_operations)
        {
            var before = t.Handler.Requests.Count;
            await operation(t.Client, TestContext.Current.CancellationToken);
            Assert.True(t.Handler.Requests.Count > before, $"{name} sent no request.");
        }

        var sent = t.Handler.Requests.Select(r => (r.Method, r.Path)).Distinct().ToList();
        var specPatterns = s_spec.Value.Select(p => (Pattern: Pattern(p.Key), Methods: p.Value)).ToList();
        var offSpec = sent
            .Where(s => !specPatterns.Any(p => p.Methods.Contains(s.Method.ToLowerInvariant()) && p.Pattern.IsMatch(s.Path)))
            .Select(s => $"{s.Method} {s.Path}")
            .ToList();
        Assert.True(offSpec.Count == 0, $"Requests matching no path of the spec: {string.Join(", ", offSpec)}");

        var routes = AllRoutes();
        var covered = sent
            .Select(s => routes
                .Where(r => r.Method == s.Method && Pattern(r.Template).IsMatch(s.Path))
                .OrderBy(r => r.Template.Count(c => c == '{'))
                .FirstOrDefault())
            .OfType<MistRoute>()
            .ToHashSet();
        var uncovered = routes.Where(r => !covered.Contains(r)).Select(r => $"{r.Method} {r.Template}").ToList();
        Assert.True(uncovered.Count == 0, $"Routes no operation called: {string.Join(", ", uncovered)}");
    }

    [Fact]
    public void Every_public_operation_is_run_by_the_conformance_test()
    {
        Type[] subClients = [typeof(SelfClient), typeof(OrgsClient), typeof(SitesClient), typeof(DevicesClient), typeof(InventoryClient)];
        var operations = subClients
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Select(m => $"{type.Name}.{m.Name}")
                .Distinct())
            .Concat(typeof(MistClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() is var g && (g == typeof(Task<>) || g == typeof(AsyncPageable<>)))
                .Select(m => $"{nameof(MistClient)}.{m.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(operations, s_operations.Keys.Order(StringComparer.Ordinal));
    }

    private static List<MistRoute> AllRoutes() =>
    [
        .. typeof(Routes).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsInitOnly && f.FieldType == typeof(MistRoute))
            .Select(f => (MistRoute)f.GetValue(null)!),
    ];

    // "/api/v1/orgs/{org_id}/sites" matches "/api/v1/orgs/<anything but a slash>/sites" and nothing longer.
    private static Regex Pattern(string template) =>
        new("^" + string.Join("/", template.Split('/').Select(s => s.StartsWith('{') && s.EndsWith('}') ? "[^/]+" : Regex.Escape(s))) + "$", RegexOptions.CultureInvariant);

    private static SiteSettingUpdateOptions Setting()
    {
        var options = new SiteSettingUpdateOptions();
        options.Set("auto_upgrade", new JsonObject { ["enabled"] = false });
        return options;
    }

    private static Dictionary<string, HashSet<string>> LoadSpec()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "spec", "mist.openapi.json");
        using var stream = File.OpenRead(file);
        using var document = JsonDocument.Parse(stream);
        var paths = document.RootElement.GetProperty("paths");
        return paths.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.EnumerateObject().Select(m => m.Name).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
