using System.Net;

namespace Mist.Tests.Firmware;

public sealed class FirmwareClientTests
{
    private static readonly Guid s_upgradeId = Guid.Parse("1b0c4f52-63a2-4e2b-9d53-0a6b1e0f0a01");

    private static string Upgrade(string status, string upgraded = "", string downloading = "") =>
        $$$"""{"id":"{{{s_upgradeId}}}","status":"{{{status}}}","strategy":"big_bang","target_version":"0.14.29313","targets":{"upgraded":[{{{upgraded}}}],"downloading":[{{{downloading}}}],"failed":[],"total":2}}""";

    [Fact]
    public async Task Versions_are_read_with_type_and_model_and_mark_the_stable_one_recommended()
    {
        using var test = new TestClient();
        test.Handler.Enqueue(HttpStatusCode.OK, """[{"model":"AP43","version":"0.12.27452","tag":""},{"model":"AP43","version":"0.14.29313","tag":"stable"}]""");

        var versions = await test.Client.Firmware.ListVersionsAsync(TestClient.OrgId, DeviceType.AccessPoint, "AP43", TestContext.Current.CancellationToken);

        Assert.Equal($"/api/v1/orgs/{TestClient.OrgId}/devices/versions?type=ap&model=AP43", test.Handler.SingleRequest.PathAndQuery);
        Assert.Equal(["0.14.29313"], versions.Where(v => v.IsRecommended).Select(v => v.Version));
    }

    [Fact]
    public async Task A_site_upgrade_sends_only_the_fields_set_and_returns_the_upgrade_id()
    {
        using var test = new TestClient();
        test.Handler.Enqueue(HttpStatusCode.OK, $$"""{"upgrade_id":"{{s_upgradeId}}"}""");
        var options = new SiteUpgradeOptions("0.14.29313") { Strategy = "serial" };
        options.DeviceIds.Add(TestClient.DeviceId);

        var id = await test.Client.Firmware.UpgradeSiteAsync(TestClient.SiteId, options, TestContext.Current.CancellationToken);

        var request = test.Handler.SingleRequest;
        Assert.Equal(s_upgradeId, id);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v1/sites/{TestClient.SiteId}/devices/upgrade", request.Path);
        Assert.Equal($$"""{"version":"0.14.29313","device_ids":["{{TestClient.DeviceId}}"],"strategy":"serial"}""", request.Body);
    }

    [Fact]
    public async Task A_device_and_an_org_upgrade_use_their_operations()
    {
        using var test = new TestClient();
        test.Handler.Enqueue(HttpStatusCode.OK, """{"status":"scheduled","timestamp":1700000000.5}""");
        test.Handler.Enqueue(HttpStatusCode.OK, $$$"""{"id":"{{{s_upgradeId}}}","upgrades":[{"site_id":"{{{TestClient.SiteId}}}","upgrade":{"id":"{{{s_upgradeId}}}","status":"queued"}}]}""");
        var org = new OrgUpgradeOptions("stable", DeviceType.Switch) { AllSites = true };

        var device = await test.Client.Firmware.UpgradeDeviceAsync(TestClient.SiteId, TestClient.DeviceId, new UpgradeOptions("stable") { Reboot = true }, TestContext.Current.CancellationToken);
        var started = await test.Client.Firmware.UpgradeOrgAsync(TestClient.OrgId, org, TestContext.Current.CancellationToken);

        Assert.Equal("scheduled", device.Status);
        Assert.Equal($"/api/v1/sites/{TestClient.SiteId}/devices/{TestClient.DeviceId}/upgrade", test.Handler.Requests[0].Path);
        Assert.Equal("""{"version":"stable","reboot":true}""", test.Handler.Requests[0].Body);
        Assert.Equal($"/api/v1/orgs/{TestClient.OrgId}/devices/upgrade", test.Handler.Requests[1].Path);
        Assert.Equal("""{"device_type":"switch","versions":[{"firmware_type":"junos","version":"stable"}],"all_sites":true}""", test.Handler.Requests[1].Body);
        Assert.Equal("queued", Assert.Single(started.Upgrades!).Upgrade!.Status);
    }

    [Fact]
    public async Task Wait_polls_on_the_clock_reports_each_change_once_and_returns_the_final_read()
    {
        using var test = new TestClient();
        test.Handler.Enqueue(HttpStatusCode.OK, Upgrade("queued"));
        test.Handler.Enqueue(HttpStatusCode.OK, Upgrade("downloading", downloading: "\"a\",\"b\""));
        test.Handler.Enqueue(HttpStatusCode.OK, Upgrade("downloading", downloading: "\"a\",\"b\""));
        test.Handler.Enqueue(HttpStatusCode.OK, Upgrade("completed", upgraded: "\"a\",\"b\""));
        var seen = new List<string?>();

        var done = await test.RunAsync(() => test.Client.Firmware.WaitForUpgradeAsync(
            TestClient.SiteId, s_upgradeId, new UpgradeWaitOptions { PollInterval = TimeSpan.FromSeconds(2), OnChange = u => seen.Add(u.Status) },
            TestContext.Current.CancellationToken));

        Assert.True(done.IsFinished);
        Assert.Equal(["a", "b"], done.Targets!.Upgraded!);
        Assert.Equal(["queued", "downloading", "completed"], seen);
        Assert.Equal(4, test.Handler.Requests.Count);
        Assert.All(test.Handler.Requests.Zip(test.Handler.Requests.Skip(1)), p => Assert.True(p.Second.At - p.First.At >= TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Wait_gives_up_after_the_timeout_and_honours_cancellation()
    {
        using var test = new TestClient();
        for (var i = 0; i < 20; i++)
        {
            test.Handler.Enqueue(HttpStatusCode.OK, Upgrade("upgrading"));
        }

        var timeout = await Assert.ThrowsAsync<MistTimeoutException>(() => test.RunAsync(() => test.Client.Firmware.WaitForUpgradeAsync(
            TestClient.SiteId, s_upgradeId, new UpgradeWaitOptions { PollInterval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(3) },
            TestContext.Current.CancellationToken)));
        using var cts = new CancellationTokenSource();
        var cancelled = test.Client.Firmware.WaitForUpgradeAsync(TestClient.SiteId, s_upgradeId, null, cts.Token);
        await cts.CancelAsync();

        Assert.Contains("upgrading", timeout.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => test.Client.Firmware.WaitForUpgradeAsync(
            TestClient.SiteId, s_upgradeId, new UpgradeWaitOptions { PollInterval = TimeSpan.Zero }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Cancel_and_device_stats_use_their_operations()
    {
        using var test = new TestClient();
        test.Handler.Enqueue(HttpStatusCode.OK);
        test.Handler.Enqueue(HttpStatusCode.OK, """[{"id":"00000000-0000-0000-1000-5c5b35000018","mac":"5c5b35000018","status":"connected","version":"0.14.29313","uptime":42,"num_clients":3,"radio_stat":{}}]""");

        await test.Client.Firmware.CancelSiteUpgradeAsync(TestClient.SiteId, s_upgradeId, TestContext.Current.CancellationToken);
        var stats = new List<DeviceStats>();
        await foreach (var s in test.Client.Devices.ListStatsAsync(TestClient.OrgId, DeviceType.All, "connected,disconnected").WithCancellation(TestContext.Current.CancellationToken))
        {
            stats.Add(s);
        }

        Assert.Equal($"/api/v1/sites/{TestClient.SiteId}/devices/upgrade/{s_upgradeId}/cancel", test.Handler.Requests[0].Path);
        Assert.Equal("POST", test.Handler.Requests[0].Method);
        Assert.Equal("all", test.Handler.Requests[1].Query("type"));
        Assert.Equal("connected,disconnected", test.Handler.Requests[1].Query("status"));
        var one = Assert.Single(stats);
        Assert.Equal(("connected", "0.14.29313", 42.0, 3), (one.Status, one.Version, one.Uptime, one.NumClients));
        Assert.True(one.AdditionalProperties!.ContainsKey("radio_stat"));
    }

    [Fact]
    public void Versions_compare_by_their_numeric_parts()
    {
        var c = FirmwareVersionComparer.Instance;

        Assert.True(c.Compare("0.12.27452", "0.14.29313") < 0);
        Assert.True(c.Compare("22.4R3-S2.11", "21.4R3-S4.18") > 0);
        Assert.True(c.Compare("0.14.29313", "0.14.29313") == 0);
        Assert.True(c.Compare(null, "0.1") < 0);
    }
}
