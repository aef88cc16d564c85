using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Mist.Mcp.Tests;

public sealed class ConfirmationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("some other site")]
    public async Task Delete_site_without_a_matching_confirm_changes_nothing(string? confirm)
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var site = mcp.Seed.Sites[0];
        mcp.Simulator.Counters.Reset();

        var error = await mcp.CallErrorAsync("delete_site", new() { ["site"] = site.Id, ["confirm"] = confirm });

        Assert.Contains("Nothing was changed", error, StringComparison.Ordinal);
        Assert.Contains(site.Name, error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
        Assert.Equal(site.Name, (await mcp.Check.Sites.GetAsync(Guid.Parse(site.Id), Ct)).Name);
    }

    [Fact]
    public async Task Every_destructive_tool_refuses_without_confirm_and_sends_no_write()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null);
        var calls = new (string Tool, Dictionary<string, object?> Arguments)[]
        {
            ("delete_site", new() { ["site"] = mcp.Seed.Sites[0].Name }),
            ("update_site", new() { ["site"] = mcp.Seed.Sites[0].Name, ["name"] = "Renamed" }),
            ("update_device", new() { ["device"] = device.Mac, ["name"] = "Renamed" }),
            ("restart_device", new() { ["device"] = device.Mac }),
            ("upgrade_devices", new() { ["site"] = device.SiteId, ["version"] = "0.14.29313", ["macs"] = new[] { device.Mac } }),
            ("unassign_devices", new() { ["macs"] = new[] { device.Mac } }),
            ("release_devices", new() { ["macs"] = new[] { device.Mac } }),
            ("assign_devices", new() { ["macs"] = new[] { device.Mac }, ["site"] = mcp.Seed.Sites[1].Id, ["reassign"] = true }),
        };
        mcp.Simulator.Counters.Reset();

        foreach (var (tool, arguments) in calls)
        {
            var error = await mcp.CallErrorAsync(tool, arguments);
            Assert.Contains("confirm", error, StringComparison.Ordinal);
        }

        Assert.Equal(0, mcp.Simulator.Counters.Writes);
        Assert.Equal(device.SiteId, (await mcp.Check.Inventory.ListAsync(mcp.OrgId, new InventoryListOptions { Mac = device.Mac }).SingleAsync(Ct)).SiteId?.ToString());
    }

    [Fact]
    public async Task Several_devices_are_confirmed_by_listing_every_mac()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var macs = mcp.Seed.Devices.Where(d => d.SiteId is not null).Take(2).Select(d => d.Mac).ToArray();
        mcp.Simulator.Counters.Reset();

        await mcp.CallErrorAsync("unassign_devices", new() { ["macs"] = macs, ["confirm"] = macs[0] });
        Assert.Equal(0, mcp.Simulator.Counters.Writes);

        var done = await mcp.CallOkAsync("unassign_devices", new() { ["macs"] = macs, ["confirm"] = $"{macs[1]}, {macs[0]}" });
        Assert.Equal(2, done.GetProperty("succeeded").GetArrayLength());
    }

    [Fact]
    public async Task With_elicitation_an_accepted_request_deletes_the_site()
    {
        ElicitRequestParams? asked = null;
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, elicit: (request, _) =>
        {
            asked = request;
            return ValueTask.FromResult(Answer("accept", true));
        });
        var site = mcp.Seed.Sites[0];

        var deleted = await mcp.CallOkAsync("delete_site", new() { ["site"] = site.Name });

        Assert.Equal("deleted", deleted.GetProperty("done").GetString());
        Assert.NotNull(asked);
        Assert.Contains(site.Name, asked.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MistNotFoundException>(() => mcp.Check.Sites.GetAsync(Guid.Parse(site.Id), Ct));
    }

    [Theory]
    [InlineData("decline", false)]
    [InlineData("cancel", false)]
    [InlineData("accept", false)]
    public async Task With_elicitation_a_refusal_changes_nothing_even_with_a_matching_confirm(string action, bool yes)
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, elicit: (_, _) => ValueTask.FromResult(Answer(action, yes)));
        var site = mcp.Seed.Sites[0];
        mcp.Simulator.Counters.Reset();

        var error = await mcp.CallErrorAsync("delete_site", new() { ["site"] = site.Id, ["confirm"] = site.Name });

        Assert.Contains("Nothing was changed", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
        Assert.Equal(site.Name, (await mcp.Check.Sites.GetAsync(Guid.Parse(site.Id), Ct)).Name);
    }

    [Fact]
    public async Task With_elicitation_a_restart_is_asked_and_done()
    {
        var asked = 0;
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, elicit: (_, _) =>
        {
            asked++;
            return ValueTask.FromResult(Answer("accept", true));
        });
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null);

        await mcp.CallOkAsync("restart_device", new() { ["device"] = device.Name });

        Assert.Equal(1, asked);
        Assert.Equal(1, mcp.Simulator.Counters.Get("POST", "/api/v1/sites/{site_id}/devices/{device_id}/restart"));
    }

    [Fact]
    public async Task A_client_that_answers_the_elicitation_with_an_error_gets_not_confirmed_and_nothing_is_sent()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, protocolVersion: "2025-11-25", elicit: (_, _) => throw new InvalidOperationException("no UI here"));
        var site = mcp.Seed.Sites[0];
        mcp.Simulator.Counters.Reset();

        var error = await mcp.CallErrorAsync("delete_site", new() { ["site"] = site.Id });

        Assert.Contains("not confirmed", error, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task An_unanswered_elicitation_times_out_on_the_server_clock_with_nothing_sent()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var asked = new TaskCompletionSource();
        await using var mcp = await McpHarness.StartAsync(
            allowWrites: true,
            time: clock,
            confirmationTimeout: TimeSpan.FromMinutes(5),
            protocolVersion: "2025-11-25",
            elicit: async (_, cancellationToken) =>
            {
                asked.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return Answer("accept", true);
            });
        var site = mcp.Seed.Sites[0];
        mcp.Simulator.Counters.Reset();

        var call = mcp.CallAsync("delete_site", new() { ["site"] = site.Id });
        await asked.Task.WaitAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(5));
        var result = await call;

        Assert.True(result.IsError);
        Assert.Contains("did not answer", McpHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
        Assert.Equal(site.Name, (await mcp.Check.Sites.GetAsync(Guid.Parse(site.Id), Ct)).Name);
    }

    [Fact]
    public async Task Confirmation_texts_name_the_action_and_the_target_once()
    {
        ElicitRequestParams? asked = null;
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, elicit: (request, _) =>
        {
            asked = request;
            return ValueTask.FromResult(Answer("decline", false));
        });
        var site = mcp.Seed.Sites[0];

        var error = await mcp.CallErrorAsync("delete_site", new() { ["site"] = site.Name });

        Assert.Contains($"delete site '{site.Name}' (id {site.Id})", error, StringComparison.Ordinal);
        Assert.DoesNotContain("site site", error, StringComparison.Ordinal);
        Assert.StartsWith($"An AI agent asks to delete site '{site.Name}'", asked!.Message, StringComparison.Ordinal);
    }

    private static ElicitResult Answer(string action, bool yes) => new()
    {
        Action = action,
        Content = action == "accept" ? new Dictionary<string, JsonElement> { ["confirm"] = JsonSerializer.SerializeToElement(yes) } : null,
    };
}
