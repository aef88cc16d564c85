using Microsoft.Extensions.Time.Testing;

namespace Mist.Simulator.Tests;

/// <summary>Device events, alarms and the audit log: every simulated action leaves an event, alarms follow device state.</summary>
public sealed class ActivityTests
{
    private const string Stable = "0.14.29313";

    [Fact]
    public async Task Every_action_the_simulator_performs_records_a_device_event()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20000));
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { TimeProvider = time });
        var aps = await ConnectedApsAsync(sim);
        var ap = aps.First(a => (string?)a["version"] != Stable);
        var (siteId, id, mac) = ((string)ap["site_id"]!, (string)ap["id"]!, (string)ap["mac"]!);
        var other = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId && s.Id != siteId).Id;
        time.Advance(TimeSpan.FromMinutes(1));
        var start = time.GetUtcNow().ToUnixTimeSeconds();

        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/devices/{id}/restart", "{}");
        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/devices/{id}/locate", "{}");
        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/devices/{id}/unlocate", "{}");
        await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/devices/{id}/upgrade", $$"""{"version":"{{Stable}}"}""");
        time.Advance(TimeSpan.FromSeconds(30));
        await ControlAsync(sim, id, connected: false);
        await ControlAsync(sim, id, connected: true);
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/orgs/{sim.OrgId}/inventory", $$"""{"op":"unassign","macs":["{{mac}}"]}""");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/orgs/{sim.OrgId}/inventory", $$"""{"op":"assign","site_id":"{{other}}","macs":["{{mac}}"]}""");

        var events = await EventTypesAsync(sim, $"api/v1/orgs/{sim.OrgId}/devices/events/search?mac={mac}&start={start}&end={start + 3600}&limit=1000");

        Assert.Equal(
            ["AP_RESTART_BY_USER", "AP_RESTARTED", "AP_LOCATE_STARTED", "AP_LOCATE_STOPPED", "AP_UPGRADE_BY_USER", "AP_UPGRADED",
             "AP_DISCONNECTED", "AP_CONNECTED", "AP_UNASSIGNED", "AP_ASSIGNED"],
            events);
    }

    [Fact]
    public async Task Device_events_page_with_a_cursor_in_the_time_window_and_filter_by_type()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var all = await EventTypesAsync(sim, $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d&limit=1000");
        var paged = new List<string>();
        string? next = $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d&limit=3";
        while (next is not null)
        {
            var page = await sim.GetJsonAsync(next.TrimStart('/'));
            paged.AddRange(page["results"]!.AsArray().Select(e => (string)e!["type"]!));
            next = (string?)page["next"];
        }

        var connected = await EventTypesAsync(sim, $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=7d&type=AP_CONFIGURED,SW_CONFIGURED&limit=1000");
        var lastMinute = await EventTypesAsync(sim, $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=1m");
        var (bad, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/devices/events/search?duration=2x", null);

        Assert.NotEmpty(all);
        Assert.Equal(all, paged);
        Assert.NotEmpty(connected);
        Assert.All(connected, t => Assert.EndsWith("_CONFIGURED", t, StringComparison.Ordinal));
        Assert.Empty(lastMinute);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("duration", (string?)body!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offline_ap_raises_a_device_down_alarm_that_its_return_resolves_and_an_ack_is_recorded()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var ap = (await ConnectedApsAsync(sim))[0];
        var (siteId, id, mac) = ((string)ap["site_id"]!, (string)ap["id"]!, (string)ap["mac"]!);

        await ControlAsync(sim, id, connected: false);
        var open = await AlarmOfAsync(sim, mac, "open");
        var (ackStatus, _) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/alarms/ack", $$"""{"alarm_ids":["{{open!["id"]}}"],"note":"on it"}""");
        var acked = (await sim.GetJsonAsync($"api/v1/sites/{siteId}/alarms/search?acked=true&duration=1h"))["results"]!.AsArray();
        await ControlAsync(sim, id, connected: true);
        var resolved = await AlarmOfAsync(sim, mac, "resolved");
        var (unknown, _) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/sites/{siteId}/alarms/00000000-0000-0000-0000-000000000001/ack", "{}");
        var audit = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/logs/search?message=Acknowledged&duration=1h"))["results"]!.AsArray();

        Assert.Equal("device_down", (string?)open!["type"]);
        Assert.Equal("critical", (string?)open["severity"]);
        Assert.Equal(HttpStatusCode.OK, ackStatus);
        Assert.Contains(acked, a => (string?)a!["id"] == (string?)open["id"] && (string?)a["note"] == "on it" && a["ack_admin_name"] is not null);
        Assert.Equal((string?)open["id"], (string?)resolved!["id"]);
        Assert.NotNull(resolved["resolved_time"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Single(audit);
    }

    [Fact]
    public async Task Seeded_disconnected_devices_have_open_alarms_and_sites_writes_are_audited()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var down = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=all&status=disconnected&limit=1000")).AsArray();
        var alarms = (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/alarms/search?duration=8d&limit=1000"))["results"]!.AsArray();

        var (_, site) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/sites", """{"name":"Audited"}""");
        await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{site!["id"]}", """{"notes":"n"}""");
        await sim.SendAsync(HttpMethod.Delete, $"api/v1/sites/{site["id"]}", sim.Tokens.Admin);
        var log = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/logs/search?site_id={site["id"]}&sort=timestamp");
        var paged = await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/logs/search?duration=1000d&limit=1");

        Assert.NotEmpty(down);
        Assert.All(down, d => Assert.Contains(alarms, a =>
            (string?)a!["status"] == "open" && a[(string)d!["type"]! switch { "switch" => "switches", "gateway" => "gateways", _ => "aps" }]?[0]?.ToString() == (string?)d["mac"]));
        Assert.Equal(["Add Site Audited", "Update Site Audited", "Delete Site Audited"], log["results"]!.AsArray().Select(e => (string)e!["message"]!));
        Assert.False(string.IsNullOrEmpty((string?)log["results"]![0]!["admin_name"]));
        Assert.Contains("page=2", (string?)paged["next"], StringComparison.Ordinal);
    }

    internal static async Task<List<JsonNode>> ConnectedApsAsync(SimulatorClient sim) =>
        [.. (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/stats/devices?type=ap&status=connected&limit=1000")).AsArray().Select(d => d!)];

    internal static async Task ControlAsync(SimulatorClient sim, string deviceId, bool connected)
    {
        using var response = await sim.Http.PutAsync(
            $"__sim/devices/{deviceId}/connection",
            new StringContent($$"""{"connected":{{(connected ? "true" : "false")}}}""", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<string>> EventTypesAsync(SimulatorClient sim, string path) =>
        [.. (await sim.GetJsonAsync(path))["results"]!.AsArray().Select(e => (string)e!["type"]!)];

    private static async Task<JsonNode?> AlarmOfAsync(SimulatorClient sim, string mac, string status) =>
        (await sim.GetJsonAsync($"api/v1/orgs/{sim.OrgId}/alarms/search?type=device_down&duration=1h"))["results"]!.AsArray()
            .FirstOrDefault(a => a!["aps"]?[0]?.ToString() == mac && (string?)a["status"] == status);
}
