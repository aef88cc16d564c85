using System.Text.Json;

namespace Mist.Mcp.Tests;

/// <summary>
/// Bad tool arguments come back as tool results with <c>isError: true</c> that name the argument and the fix,
/// never as JSON-RPC errors, never as "An error occurred invoking", never with internal parameter names, and
/// before any request reaches Mist.
/// </summary>
public class BadInputTests
{
    private static readonly string s_huge = new('x', 70 * 1024);

    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "list_sites", """{"limit":0}""", "'limit' must be from 1 to 200" },
        { "list_sites", """{"limit":500}""", "'limit' must be from 1 to 200" },
        { "list_sites", """{"limit":"ten"}""", "'limit' must be an integer" },
        { "list_sites", """{"limit":2.5}""", "'limit' must be an integer" },
        { "list_sites", """{"cursor":"not-a-cursor"}""", "cursor" },
        { "list_sites", """{"fields":"nmae"}""", "Valid fields" },
        { "list_sites", """{"org":7}""", "'org' must be a string" },
        { "list_devices", """{"site_name":"Paris 001"}""", "Unknown argument 'site_name'" },
        { "list_devices", """{"device_type":"ap"}""", "Unknown argument 'device_type'" },
        { "list_devices", """{"type":"router"}""", "'type' must be one of ap, switch, gateway, all" },
        { "list_devices", """{"mac":"5c:5b:zz:00:00:01"}""", "MAC" },
        { "list_devices", """{"fields":"name,nmae"}""", "'nmae'" },
        { "list_inventory", """{"mac":"12345"}""", "MAC" },
        { "list_inventory", """{"unassigned":"yes"}""", "'unassigned' must be a boolean" },
        { "list_inventory", """{"unassigned":true,"site":"Paris 001"}""", "unassigned" },
        { "get_site", """{}""", "Missing argument 'site'" },
        { "get_site", """{"site":""}""", "'site' must not be empty" },
        { "get_site", "{\"site\":\"" + new string('s', 300) + "\"}", "at most 256" },
        { "get_device", """{"device":"  "}""", "device" },
        { "get_device", """{"device":null}""", "Missing argument 'device'" },
        { "api_get", """{"path":"https://evil.example/api/v1/self"}""", "absolute URL" },
        { "api_get", """{"path":"orgs/../../admin"}""", ".." },
        { "api_get", "{\"path\":\"self/" + new string('p', 2100) + "\"}", "at most 2,048" },
        { "assign_devices", """{"macs":["not-a-mac"],"site":"00000000-0000-0000-0000-000000000001"}""", "Not MAC addresses or serial numbers" },
        { "assign_devices", """{"macs":"5c5b35000018","site":"Paris 001"}""", "'macs' must be an array" },
        { "claim_devices", """{"codes":[]}""", "'codes' must list at least 1" },
        { "claim_devices", """{"codes":[7]}""", "'codes' item 1 must be a string" },
        { "create_site", """{"name":" "}""", "name" },
        { "create_site", """{"name":"x","color":"red"}""", "Unknown argument 'color'" },
        { "unassign_devices", """{"macs":[]}""", "'macs' must list at least 1" },
        { "update_site", "{\"site\":\"Paris 001\",\"notes\":\"" + s_huge + "\"}", "bytes; at most 65,536" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_arguments_are_tool_errors_naming_the_argument_and_nothing_is_sent(string tool, string arguments, string mention)
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var args = JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!;
        mcp.Simulator.Counters.Reset();

        var result = await mcp.CallAsync(tool, args);

        var message = McpHarness.Text(result);
        Assert.True(result.IsError, $"{tool} accepted {arguments}: {message}");
        Assert.Contains(mention, message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", message, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred", message, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Total);
        Assert.DoesNotContain(mcp.Token, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_cursor_is_a_tool_error_after_at_most_the_org_lookup()
    {
        await using var mcp = await McpHarness.StartAsync();
        mcp.Simulator.Counters.Reset();

        // A well-formed cursor of this tool whose fingerprint matches no arguments: known only once the org is resolved.
        var message = await mcp.CallErrorAsync("list_sites", new() { ["cursor"] = "eyJ0IjoibGlzdF9zaXRlcyIsInEiOiJmb3JnZWQiLCJrIjoiMiIsIm4iOjJ9" });

        Assert.Contains("different arguments", message, StringComparison.Ordinal);
        Assert.True(mcp.Simulator.Counters.Total <= 1, $"{mcp.Simulator.Counters.Total} requests");
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task An_ambiguous_name_is_a_tool_error_listing_the_candidates()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        await mcp.CallOkAsync("create_site", new() { ["name"] = "Twin" });
        await mcp.CallOkAsync("create_site", new() { ["name"] = "Twin" });

        var message = await mcp.CallErrorAsync("get_site", new() { ["site"] = "Twin" });

        Assert.Contains("ambiguous", message, StringComparison.Ordinal);
        Assert.Contains("Pass the id", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_match_ignoring_case_when_unique_and_a_miss_names_the_nearest()
    {
        await using var mcp = await McpHarness.StartAsync();

        var site = await mcp.CallOkAsync("get_site", new() { ["site"] = "paris 001" });
        var miss = await mcp.CallErrorAsync("get_site", new() { ["site"] = "Pariss 001" });

        Assert.Equal("Paris 001", site.GetProperty("name").GetString());
        Assert.Contains("Nearest names: 'Paris 001'", miss, StringComparison.Ordinal);
    }
}
