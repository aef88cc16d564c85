namespace Mist.Mcp.Tests;

/// <summary>What calls cost: the token's orgs are read once per server, and the agent is told where state lives.</summary>
public class BudgetTests
{
    [Fact]
    public async Task After_the_first_call_a_list_tool_costs_one_api_call()
    {
        await using var mcp = await McpHarness.StartAsync();
        await mcp.CallOkAsync("list_sites");
        mcp.Simulator.Counters.Reset();

        await mcp.CallOkAsync("list_sites");
        await mcp.CallOkAsync("list_inventory");

        Assert.Equal(2, mcp.Simulator.Counters.Total);
        Assert.Equal(0, mcp.Simulator.Counters.Get("GET", "/api/v1/self"));
    }

    [Fact]
    public async Task A_refused_token_makes_the_server_read_the_orgs_again()
    {
        await using var mcp = await McpHarness.StartAsync();
        await mcp.CallOkAsync("list_sites");
        mcp.Simulator.Counters.Reset();

        await mcp.CallErrorAsync("get_site", new() { ["site"] = "00000000-0000-0000-0000-00000000dead" });
        await mcp.CallErrorAsync("api_get", new() { ["path"] = "orgs/00000000-0000-0000-0000-00000000beef/sites" });
        await mcp.CallOkAsync("list_sites");

        Assert.Equal(1, mcp.Simulator.Counters.Get("GET", "/api/v1/self"));
    }

    [Fact]
    public async Task Whoami_and_the_instructions_say_where_the_simulator_keeps_its_state()
    {
        await using var mcp = await McpHarness.StartAsync(simulatorStatePath: "/home/ada/.local/state/mist/simulator.db");

        var whoami = await mcp.CallOkAsync("whoami");

        Assert.Contains("/home/ada/.local/state/mist/simulator.db", whoami.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("persist", mcp.Client.ServerInstructions, StringComparison.Ordinal);
        Assert.DoesNotContain("vanish", mcp.Client.ServerInstructions!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expected_failure_logs_one_line_without_a_stack_trace()
    {
        await using var mcp = await McpHarness.StartAsync();

        await mcp.CallErrorAsync("get_site", new() { ["site"] = "Nowhere 999" });

        var lines = mcp.Logs.Lines.ToList();
        Assert.Single(lines, l => l.Contains("Nowhere 999", StringComparison.Ordinal) && l.Contains("Mist.Mcp:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
