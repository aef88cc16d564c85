using System.Text.Json;

namespace Mist.Mcp.Tests;

/// <summary>list_firmware_versions, get_upgrade and upgrade_devices against the embedded simulator.</summary>
public sealed class FirmwareToolTests
{
    private const string UpgradePath = "/api/v1/sites/{site_id}/devices/upgrade";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Versions_are_listed_per_model_with_exactly_one_recommended_per_model()
    {
        await using var mcp = await McpHarness.StartAsync();
        var model = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap").Model;

        var page = await mcp.CallOkAsync("list_firmware_versions", new() { ["model"] = model });

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(model, i.GetProperty("model").GetString()));
        Assert.Single(items, i => i.GetProperty("recommended").GetBoolean());
        Assert.Equal("stable", items.Single(i => i.GetProperty("recommended").GetBoolean()).GetProperty("tag").GetString());
    }

    [Fact]
    public async Task A_site_s_versions_are_paged()
    {
        await using var mcp = await McpHarness.StartAsync();

        var first = await mcp.CallOkAsync("list_firmware_versions", new() { ["site"] = mcp.Seed.Sites[0].Name, ["limit"] = 1 });

        Assert.Equal(1, first.GetProperty("count").GetInt32());
        var next = first.GetProperty("next_cursor").GetString();
        var second = await mcp.CallOkAsync("list_firmware_versions", new() { ["site"] = mcp.Seed.Sites[0].Name, ["limit"] = 1, ["cursor"] = next });
        Assert.Equal(1, second.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Type_all_is_refused_for_versions_and_nothing_is_sent()
    {
        await using var mcp = await McpHarness.StartAsync();
        mcp.Simulator.Counters.Reset();

        var error = await mcp.CallErrorAsync("list_firmware_versions", new() { ["type"] = "all" });

        Assert.Contains("type", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/devices/versions"));
    }

    [Fact]
    public async Task Upgrade_devices_is_refused_without_confirm_and_sends_no_upgrade()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var (site, version) = await SiteAndVersionAsync(mcp);
        mcp.Simulator.Counters.Reset();

        var error = await mcp.CallErrorAsync("upgrade_devices", new() { ["site"] = site, ["version"] = version });

        Assert.Contains("confirm", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task A_confirmed_upgrade_of_one_device_starts_and_get_upgrade_follows_it()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap");
        var version = await RecommendedAsync(mcp, device.Model!);
        mcp.Simulator.Counters.Reset();

        var started = await mcp.CallOkAsync("upgrade_devices", new()
        {
            ["site"] = device.SiteId, ["version"] = version, ["macs"] = new[] { device.Mac }, ["confirm"] = device.Mac,
        });

        Assert.Equal("upgrade started", started.GetProperty("done").GetString());
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", UpgradePath));
        var id = started.GetProperty("target").GetProperty("upgrade_id").GetString();
        var status = await mcp.CallOkAsync("get_upgrade", new() { ["upgrade_id"] = id, ["site"] = device.SiteId });
        Assert.Equal(id, status.GetProperty("id").GetString());
        Assert.Equal(version, status.GetProperty("target_version").GetString());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("counts").ValueKind);
    }

    [Fact]
    public async Task An_org_upgrade_of_all_sites_is_confirmed_with_the_orgs_name_and_get_upgrade_follows_it()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.OrgId == mcp.OrgId.ToString() && d.SiteId is not null && d.Type == "ap");
        var version = await RecommendedAsync(mcp, device.Model!);
        var org = await mcp.Check.Orgs.GetAsync(mcp.OrgId, Ct);
        mcp.Simulator.Counters.Reset();
        var arguments = new Dictionary<string, object?> { ["all_sites"] = true, ["model"] = device.Model, ["version"] = version, ["org"] = mcp.OrgId.ToString() };

        var refused = await mcp.CallErrorAsync("upgrade_devices", arguments);
        arguments["confirm"] = org.Name;
        var started = await mcp.CallOkAsync("upgrade_devices", arguments);

        Assert.Contains($"'{org.Name}'", refused, StringComparison.Ordinal);
        Assert.Equal("org upgrade started", started.GetProperty("done").GetString());
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", "/api/v1/orgs/{org_id}/devices/upgrade"));
        Assert.Equal(0, mcp.Simulator.Counters.Get("POST", UpgradePath));
        var target = started.GetProperty("target");
        Assert.NotEqual(0, target.GetProperty("site_upgrades").GetArrayLength());
        var siteUpgrade = target.GetProperty("site_upgrades")[0];
        var status = await mcp.CallOkAsync("get_upgrade", new() { ["upgrade_id"] = siteUpgrade.GetProperty("upgrade_id").GetString(), ["site"] = siteUpgrade.GetProperty("site_id").GetString() });
        Assert.Equal(version, status.GetProperty("target_version").GetString());
        var whole = await mcp.CallOkAsync("get_upgrade", new() { ["upgrade_id"] = target.GetProperty("upgrade_id").GetString(), ["org"] = mcp.OrgId.ToString() });
        Assert.Equal(target.GetProperty("upgrade_id").GetString(), whole.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    public async Task Site_and_all_sites_are_one_or_the_other_and_a_wrong_pair_sends_nothing(bool allSites, bool withSite, bool withMacs)
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap");
        mcp.Simulator.Counters.Reset();
        var arguments = new Dictionary<string, object?> { ["version"] = "0.14.29313", ["all_sites"] = allSites, ["confirm"] = "x" };
        if (withSite)
        {
            arguments["site"] = device.SiteId;
        }

        if (withMacs)
        {
            arguments["macs"] = new[] { device.Mac };
        }

        var error = await mcp.CallErrorAsync("upgrade_devices", arguments);

        Assert.Contains(withMacs ? "macs" : "all_sites", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Total);
    }

    [Fact]
    public async Task Bad_upgrade_arguments_send_nothing()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var site = mcp.Seed.Sites[0].Id;
        mcp.Simulator.Counters.Reset();

        Assert.Contains("strategy", await mcp.CallErrorAsync("upgrade_devices", new() { ["site"] = site, ["version"] = "1.2.3", ["strategy"] = "yolo", ["confirm"] = site }), StringComparison.Ordinal);
        Assert.Contains("version", await mcp.CallErrorAsync("upgrade_devices", new() { ["site"] = site, ["version"] = " ", ["confirm"] = site }), StringComparison.Ordinal);
        Assert.Contains("upgrade_id", await mcp.CallErrorAsync("get_upgrade", new() { ["upgrade_id"] = "not-a-uuid", ["site"] = site }), StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }

    private static async Task<(string Site, string Version)> SiteAndVersionAsync(McpHarness mcp)
    {
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null && d.Type == "ap");
        return (device.SiteId!, await RecommendedAsync(mcp, device.Model!));
    }

    private static async Task<string> RecommendedAsync(McpHarness mcp, string model)
    {
        var versions = await mcp.Check.Firmware.ListVersionsAsync(mcp.OrgId, DeviceType.AccessPoint, model, Ct);
        return versions.First(v => v.IsRecommended).Version!;
    }
}
