using Mist.Simulator;

namespace Mist.Mcp.Tests;

public sealed class ErrorAndSecretTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_404_arrives_as_a_tool_error_with_the_status_and_mists_detail()
    {
        await using var mcp = await McpHarness.StartAsync();
        var missing = Guid.NewGuid().ToString();
        var direct = await mcp.Check.SendAsync(new MistRequest(HttpMethod.Get, $"sites/{missing}") { ThrowOnError = false }, Ct);
        var detail = direct.ReadJson()?.GetProperty("detail").GetString();

        // get_site answers an unknown id as a lookup miss (the SDK's LookupClient); api_get passes Mist's 404 through.
        var error = await mcp.CallErrorAsync("api_get", new() { ["path"] = $"sites/{missing}" });
        var miss = await mcp.CallErrorAsync("get_site", new() { ["site"] = missing });

        Assert.Contains($"No site with id {missing}", miss, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", error, StringComparison.Ordinal);
        Assert.NotNull(detail);
        Assert.Contains($"detail: \"{detail}\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_403_for_a_read_only_token_arrives_with_its_detail_and_nothing_is_created()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, token: t => t.ReadOnly);

        var error = await mcp.CallErrorAsync("create_site", new() { ["name"] = "Nope", ["org"] = mcp.Seed.PrimaryOrgId });

        Assert.Contains("HTTP 403", error, StringComparison.Ordinal);
        Assert.Contains("detail: \"", error, StringComparison.Ordinal);
        Assert.Empty(await mcp.Check.Sites.FindByNameAsync(mcp.OrgId, "Nope", Ct));
    }

    [Fact]
    public async Task A_rate_limit_is_said_with_the_wait_and_when_calls_resume()
    {
        await using var mcp = await McpHarness.StartAsync(
            simulator: s => s.Faults = new FaultOptions { RateLimitRate = 1, RateLimitRetryAfterSeconds = 1 },
            client: c => c.Retry.MaxRetries = 1);

        var error = await mcp.CallErrorAsync("get_site", new() { ["site"] = mcp.Seed.Sites[0].Id });

        Assert.Contains("HTTP 429", error, StringComparison.Ordinal);
        Assert.Contains("rate limit", error, StringComparison.Ordinal);
        Assert.Contains("Waited 1 s because Mist answered 429", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_appears_nowhere_in_the_traffic_or_the_logs()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, token: t => t.Admin);
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null);

        await mcp.Client.ListToolsAsync(cancellationToken: Ct);
        await mcp.CallOkAsync("whoami");
        await mcp.CallOkAsync("list_sites", new() { ["fields"] = "*" });
        await mcp.CallOkAsync("get_device", new() { ["device"] = device.Mac });
        await mcp.CallOkAsync("api_get", new() { ["path"] = "self" });
        await mcp.CallErrorAsync("get_site", new() { ["site"] = Guid.NewGuid().ToString() });
        await mcp.CallErrorAsync("delete_site", new() { ["site"] = mcp.Seed.Sites[0].Id });
        await mcp.CallOkAsync("delete_site", new() { ["site"] = mcp.Seed.Sites[0].Id, ["confirm"] = mcp.Seed.Sites[0].Name });

        Assert.Contains("whoami", mcp.Traffic, StringComparison.Ordinal);
        Assert.NotEmpty(mcp.Logs.Lines);
        Assert.DoesNotContain(mcp.Token, mcp.Traffic, StringComparison.Ordinal);
        Assert.DoesNotContain(mcp.Logs.Lines, line => line.Contains(mcp.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_token_is_a_401_tool_error_that_does_not_repeat_it()
    {
        await using var mcp = await McpHarness.StartAsync(token: _ => "not-a-real-token-0123456789");

        var error = await mcp.CallErrorAsync("whoami");

        Assert.Contains("HTTP 401", error, StringComparison.Ordinal);
        Assert.DoesNotContain(mcp.Token, mcp.Traffic, StringComparison.Ordinal);
        Assert.DoesNotContain(mcp.Logs.Lines, line => line.Contains(mcp.Token, StringComparison.Ordinal));
    }
}
