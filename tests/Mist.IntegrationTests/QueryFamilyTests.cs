using Mist.Queries;

namespace Mist.IntegrationTests;

/// <summary>
/// The generated search and count families against the simulator: a search paged through completely, counts with
/// distinct and a time window sent as epoch seconds, and bad values refused before anything is sent.
/// </summary>
public class QueryFamilyTests
{
    [Fact]
    public async Task A_search_pages_through_every_result_following_its_next_links()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var aps = sim.Seed.Devices.Count(d => d.OrgId == sim.Seed.PrimaryOrgId && d.SiteId is not null && d.Type == "ap");
        sim.Simulator.Counters.Reset();

        var macs = new List<string>();
        await foreach (var device in sim.Admin.Orgs.Searches.DevicesAsync(sim.OrgId, new SearchOrgDevicesOptions { Type = "ap", Limit = 2 }).WithCancellation(ct))
        {
            macs.Add(device.GetProperty("mac").GetString()!);
        }

        Assert.True(aps > 2, $"{aps} APs");
        Assert.Equal(aps, macs.Count);
        Assert.Equal(aps, macs.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal((aps + 1) / 2, sim.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_count_with_distinct_adds_up_to_the_search_and_echoes_the_window_sent_as_epoch_seconds()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var start = end - TimeSpan.FromDays(7);

        var byModel = await sim.Admin.Orgs.Counts.DevicesAsync(sim.OrgId, new CountOrgDevicesOptions { Distinct = "model", Type = "switch" }, ct);
        var switches = 0;
        await foreach (var _ in sim.Admin.Orgs.Searches.DevicesAsync(sim.OrgId, new SearchOrgDevicesOptions { Type = "switch" }).WithCancellation(ct))
        {
            switches++;
        }

        var windowed = await sim.Admin.Orgs.Counts.DeviceEventsAsync(sim.OrgId, new CountOrgDeviceEventsOptions { Distinct = "type", Start = start, End = end }, ct);
        var lastDay = await sim.Admin.Orgs.Counts.DeviceEventsAsync(sim.OrgId, new CountOrgDeviceEventsOptions { Distinct = "type", Duration = TimeSpan.FromDays(1) }, ct);
        var capped = await sim.Admin.Orgs.Counts.SitesAsync(sim.OrgId, new CountOrgSitesOptions { Distinct = "id", Limit = 1 }, ct);

        Assert.Equal("model", byModel.Distinct);
        Assert.Equal(switches, byModel.Results.Sum(r => r.Count));
        Assert.Equal(byModel.Results.OrderByDescending(r => r.Count).Select(r => r.Value), byModel.Results.Select(r => r.Value));
        Assert.Equal(start, windowed.Start);
        Assert.Equal(end, windowed.End);
        Assert.NotEmpty(windowed.Results);
        Assert.Equal(TimeSpan.FromDays(1), lastDay.End - lastDay.Start);
        Assert.Single(capped.Results);
        Assert.Equal(sim.Seed.Sites.Count(s => s.OrgId == sim.Seed.PrimaryOrgId), capped.Total);
    }

    [Fact]
    public async Task Values_the_operation_does_not_accept_are_refused_before_anything_is_sent()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var siteId = Guid.Parse(sim.Seed.Sites[0].Id);
        var now = DateTimeOffset.UtcNow;
        sim.Simulator.Counters.Reset();

        var distinct = await Assert.ThrowsAsync<ArgumentException>(() =>
            sim.Admin.Sites.Counts.AlarmsAsync(siteId, new CountSiteAlarmsOptions { Distinct = "colour" }, ct));
        var type = Assert.Throws<ArgumentException>(() =>
            sim.Admin.Orgs.Searches.DevicesAsync(sim.OrgId, new SearchOrgDevicesOptions { Type = "router" }));
        var duration = await Assert.ThrowsAsync<ArgumentException>(() =>
            sim.Admin.Orgs.Counts.AlarmsAsync(sim.OrgId, new CountOrgAlarmsOptions { Duration = TimeSpan.FromSeconds(90) }, ct));
        var window = await Assert.ThrowsAsync<ArgumentException>(() =>
            sim.Admin.Orgs.Counts.AlarmsAsync(sim.OrgId, new CountOrgAlarmsOptions { Start = now, End = now.AddHours(-1) }, ct));

        Assert.Contains("distinct takes one of acked, group, severity, type", distinct.Message, StringComparison.Ordinal);
        Assert.Contains("countSiteAlarms", distinct.Message, StringComparison.Ordinal);
        Assert.Contains("type takes one of ap, gateway, switch", type.Message, StringComparison.Ordinal);
        Assert.Contains("whole number of minutes", duration.Message, StringComparison.Ordinal);
        Assert.Contains("is after end", window.Message, StringComparison.Ordinal);
        Assert.Equal(0, sim.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_count_the_simulator_refuses_surfaces_as_an_api_error()
    {
        await using var sim = await SimulatorScope.StartAsync();
        var other = Guid.Parse(sim.Seed.OtherOrg.Id);

        var error = await Assert.ThrowsAnyAsync<MistApiException>(() =>
            sim.Admin.Orgs.Counts.SitesAsync(other, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(403, error.Status);
    }
}
