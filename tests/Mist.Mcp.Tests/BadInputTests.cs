using ModelContextProtocol;

namespace Mist.Mcp.Tests;

/// <summary>Bad tool arguments are refused (a tool error or an invalid-params error) before any request reaches Mist.</summary>
public class BadInputTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "list_sites", """{"limit":0}""", "limit" },
        { "list_sites", """{"limit":500}""", "limit" },
        { "list_sites", """{"cursor":"not-a-cursor"}""", "cursor" },
        { "list_devices", """{"mac":"5c:5b:zz:00:00:01"}""", "MAC" },
        { "list_inventory", """{"mac":"12345"}""", "MAC" },
        { "get_device", """{"device":"  "}""", "device" },
        { "api_get", """{"path":"https://evil.example/api/v1/self"}""", "absolute URL" },
        { "api_get", """{"path":"orgs/../../admin"}""", ".." },
        { "assign_devices", """{"macs":["not-a-mac"],"site":"00000000-0000-0000-0000-000000000001"}""", "MAC" },
        { "claim_devices", """{"codes":[]}""", "code" },
        { "create_site", """{"name":" "}""", "name" },
        { "unassign_devices", """{"macs":[]}""", "MAC" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_arguments_are_refused_and_nothing_is_sent(string tool, string arguments, string mention)
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var args = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!;
        mcp.Simulator.Counters.Reset();

        string message;
        try
        {
            var result = await mcp.CallAsync(tool, args);
            Assert.True(result.IsError, $"{tool} accepted {arguments}: {McpHarness.Text(result)}");
            message = McpHarness.Text(result);
        }
        catch (McpProtocolException e)
        {
            message = e.Message;
        }

        Assert.Contains(mention, message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, mcp.Simulator.Counters.Total);
        Assert.DoesNotContain(mcp.Token, message, StringComparison.Ordinal);
    }
}
