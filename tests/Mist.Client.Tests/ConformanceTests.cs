using System.Reflection;
using System.Text.Json.Nodes;

namespace Mist.Tests;

/// <summary>
/// Every request the SDK's typed calls send is an operation of the live API's table (<see cref="MistOperations"/>,
/// itself checked against the spec and overlay by <see cref="OperationTableTests"/>), and every public call is run.
/// </summary>
public class ConformanceTests
{
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
        ["SitesClient.ListDerivedWlansAsync"] = (c, ct) => c.Sites.ListDerivedWlansAsync(TestClient.SiteId, resolveSiteVariables: true, ct),
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
        ["DevicesClient.ListStatsAsync"] = (c, ct) => c.Devices.ListStatsAsync(TestClient.OrgId, DeviceType.All).ToListAsync(ct).AsTask(),
        ["DevicesClient.ListSiteStatsAsync"] = (c, ct) => c.Devices.ListSiteStatsAsync(TestClient.SiteId, DeviceType.All).ToListAsync(ct).AsTask(),
        ["DevicesClient.GetStatsAsync"] = (c, ct) => c.Devices.GetStatsAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["FirmwareClient.ListVersionsAsync"] = (c, ct) => c.Firmware.ListVersionsAsync(TestClient.OrgId, cancellationToken: ct),
        ["FirmwareClient.ListSiteVersionsAsync"] = (c, ct) => c.Firmware.ListSiteVersionsAsync(TestClient.SiteId, cancellationToken: ct),
        ["FirmwareClient.UpgradeDeviceAsync"] = (c, ct) => c.Firmware.UpgradeDeviceAsync(TestClient.SiteId, TestClient.DeviceId, new UpgradeOptions("stable"), ct),
        ["FirmwareClient.UpgradeSiteAsync"] = (c, ct) => c.Firmware.UpgradeSiteAsync(TestClient.SiteId, new SiteUpgradeOptions("stable"), ct),
        ["FirmwareClient.UpgradeOrgAsync"] = (c, ct) => c.Firmware.UpgradeOrgAsync(TestClient.OrgId, new OrgUpgradeOptions("stable", DeviceType.AccessPoint) { AllSites = true }, ct),
        ["FirmwareClient.GetSiteUpgradeAsync"] = (c, ct) => c.Firmware.GetSiteUpgradeAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["FirmwareClient.ListSiteUpgradesAsync"] = (c, ct) => c.Firmware.ListSiteUpgradesAsync(TestClient.SiteId, cancellationToken: ct),
        ["FirmwareClient.GetOrgUpgradeAsync"] = (c, ct) => c.Firmware.GetOrgUpgradeAsync(TestClient.OrgId, TestClient.DeviceId, ct),
        ["FirmwareClient.CancelSiteUpgradeAsync"] = (c, ct) => c.Firmware.CancelSiteUpgradeAsync(TestClient.SiteId, TestClient.DeviceId, ct),
        ["FirmwareClient.CancelOrgUpgradeAsync"] = (c, ct) => c.Firmware.CancelOrgUpgradeAsync(TestClient.OrgId, TestClient.DeviceId, ct),
        ["FirmwareClient.WaitForUpgradeAsync"] = (c, ct) => c.Firmware.WaitForUpgradeAsync(TestClient.SiteId, TestClient.DeviceId, null, ct),
        ["InventoryClient.ListAsync"] = (c, ct) => c.Inventory.ListAsync(TestClient.OrgId).ToListAsync(ct).AsTask(),
        ["InventoryClient.ClaimAsync"] = (c, ct) => c.Inventory.ClaimAsync(TestClient.OrgId, ["6JG8E-PTFV2-A9Z2N"], ct),
        ["InventoryClient.AssignAsync"] = (c, ct) => c.Inventory.AssignAsync(TestClient.OrgId, TestClient.SiteId, [PlausibleMist.DeviceMac], cancellationToken: ct),
        ["InventoryClient.UnassignAsync"] = (c, ct) => c.Inventory.UnassignAsync(TestClient.OrgId, [PlausibleMist.DeviceMac], ct),
        ["InventoryClient.ReleaseAsync"] = (c, ct) => c.Inventory.ReleaseAsync(TestClient.OrgId, [PlausibleMist.DeviceMac], ct),
        ["MistClient.SendAsync"] = (c, ct) => c.SendAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/stats"), ct),
        ["MistClient.GetAllAsync"] = (c, ct) => c.GetAllAsync(new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/sites")).ToListAsync(ct).AsTask(),
    };

    [Fact]
    public async Task Every_typed_call_sends_its_own_operation_on_a_path_that_operation_serves()
    {
        using var t = new TestClient();
        PlausibleMist.Answer(t.Handler);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, operation) in s_operations)
        {
            var before = t.Handler.Requests.Count;
            await operation(t.Client, TestContext.Current.CancellationToken);
            Assert.True(t.Handler.Requests.Count > before, $"{name} sent no request.");
        }

        foreach (var (method, path) in t.Handler.Requests.Select(r => (r.Method, r.Path)).Distinct())
        {
            var served = MistOperations.Match(new HttpMethod(method), path);
            Assert.True(served is not null, $"{method} {path} is no operation of the live API.");
            used.Add(served.OperationId);
        }

        // The hand-written clients use these operations of the table; the list changes only with them.
        Assert.Equal(
            [
                "addOrgInventory", "cancelOrgDeviceUpgrade", "cancelSiteDeviceUpgrade", "createOrgSite", "deleteSite", "getOrg",
                "getOrgDeviceUpgrade", "getOrgInventory", "getOrgStats", "getSelf", "getSelfApiUsage",
                "getSiteDevice", "getSiteDeviceStats", "getSiteDeviceUpgrade", "getSiteInfo", "getSiteSetting", "listMspOrgs",
                "listOrgAvailableDeviceVersions", "listOrgDevices", "listOrgDevicesStats", "listOrgSites", "listSiteAvailableDeviceVersions",
                "listSiteDeviceUpgrades", "listSiteDevices", "listSiteDevicesStats", "listSiteWlansDerived",
                "restartSiteDevice", "searchOrgDevices", "searchOrgSites", "startSiteLocateDevice", "stopSiteLocateDevice",
                "updateOrgInventoryAssignment", "updateSiteDevice", "updateSiteInfo", "updateSiteSettings", "upgradeDevice", "upgradeOrgDevices",
                "upgradeSiteDevices",
            ],
            used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_public_operation_is_run_by_the_conformance_test()
    {
        Type[] subClients = [typeof(SelfClient), typeof(OrgsClient), typeof(SitesClient), typeof(DevicesClient), typeof(FirmwareClient), typeof(InventoryClient)];
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

    private static SiteSettingUpdateOptions Setting()
    {
        var options = new SiteSettingUpdateOptions();
        options.Set("auto_upgrade", new JsonObject { ["enabled"] = false });
        return options;
    }
}
