using System.Text.Json;

namespace Mist.Mcp.Tests;

public sealed class ToolListTests
{
    // name → (readOnly, destructive, idempotent, openWorld): the table in docs/mcp.md.
    private static readonly Dictionary<string, (bool ReadOnly, bool Destructive, bool Idempotent, bool OpenWorld)> s_read = new()
    {
        ["whoami"] = (true, false, true, false),
        ["list_orgs"] = (true, false, true, false),
        ["get_org"] = (true, false, true, false),
        ["list_sites"] = (true, false, true, false),
        ["get_site"] = (true, false, true, false),
        ["list_devices"] = (true, false, true, false),
        ["get_device"] = (true, false, true, false),
        ["get_device_stats"] = (true, false, true, false),
        ["list_inventory"] = (true, false, true, false),
        ["list_firmware_versions"] = (true, false, true, false),
        ["get_upgrade"] = (true, false, true, false),
        ["api_get"] = (true, false, true, false),
        ["list_wlans"] = (true, false, true, false),
        ["get_wlan"] = (true, false, true, false),
        ["search_clients"] = (true, false, true, false),
        ["list_site_clients"] = (true, false, true, false),
        ["search_events"] = (true, false, true, false),
        ["search_alarms"] = (true, false, true, false),
    };

    private static readonly Dictionary<string, (bool ReadOnly, bool Destructive, bool Idempotent, bool OpenWorld)> s_write = new()
    {
        ["create_site"] = (false, false, false, false),
        ["update_site"] = (false, true, true, false),
        ["delete_site"] = (false, true, true, false),
        ["update_device"] = (false, true, true, false),
        ["restart_device"] = (false, true, false, false),
        ["locate_device"] = (false, false, true, false),
        ["unlocate_device"] = (false, false, true, false),
        ["claim_devices"] = (false, false, true, false),
        ["assign_devices"] = (false, true, true, false),
        ["unassign_devices"] = (false, true, true, false),
        ["release_devices"] = (false, true, true, false),
        ["upgrade_devices"] = (false, true, false, false),
        ["create_wlan"] = (false, false, true, false),
        ["update_wlan"] = (false, true, true, false),
        ["delete_wlan"] = (false, true, true, false),
        ["ack_alarms"] = (false, false, true, false),
    };

    [Fact]
    public async Task With_writes_every_tool_is_listed_with_all_four_annotations_set_explicitly()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);

        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var expected = s_read.Concat(s_write).ToDictionary();
        Assert.Equal(expected.Keys.Order(), tools.Select(t => t.Name).Order());
        foreach (var tool in tools)
        {
            var annotations = tool.ProtocolTool.Annotations;
            Assert.NotNull(annotations);
            var (readOnly, destructive, idempotent, openWorld) = expected[tool.Name];
            Assert.True(annotations.ReadOnlyHint == readOnly, $"{tool.Name} readOnlyHint");
            Assert.True(annotations.DestructiveHint == destructive, $"{tool.Name} destructiveHint");
            Assert.True(annotations.IdempotentHint == idempotent, $"{tool.Name} idempotentHint");
            Assert.True(annotations.OpenWorldHint == openWorld, $"{tool.Name} openWorldHint");
        }
    }

    [Fact]
    public async Task Without_writes_only_read_only_tools_exist()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: false);

        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(s_read.Keys.Order(), tools.Select(t => t.Name).Order());
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
    }

    [Fact]
    public async Task Every_tool_and_argument_is_described_and_destructive_tools_take_confirm()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);

        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        foreach (var tool in tools)
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), $"{tool.Name} has no description");
            Assert.False(string.IsNullOrWhiteSpace(tool.ProtocolTool.Title), $"{tool.Name} has no title");
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
            var properties = tool.JsonSchema.GetProperty("properties");
            foreach (var argument in properties.EnumerateObject())
            {
                Assert.True(
                    argument.Value.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String && d.GetString()!.Length > 10,
                    $"{tool.Name}.{argument.Name} has no description");
            }

            if (tool.ProtocolTool.Annotations?.DestructiveHint == true)
            {
                Assert.True(properties.TryGetProperty("confirm", out _), $"{tool.Name} is destructive but takes no confirm");
            }
        }
    }

    [Fact]
    public async Task The_instructions_say_read_only_simulator_and_how_ids_resolve()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: false, isSimulator: true);

        var instructions = mcp.Client.ServerInstructions;

        Assert.NotNull(instructions);
        Assert.Contains("simulator", instructions, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("read-only", instructions, StringComparison.Ordinal);
        Assert.Contains("exact", instructions, StringComparison.Ordinal);
        Assert.Contains("confirm", instructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_a_real_cloud_the_instructions_do_not_mention_the_simulator()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true, isSimulator: false);

        Assert.DoesNotContain("simulator", mcp.Client.ServerInstructions!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Writes are enabled", mcp.Client.ServerInstructions!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filters_list_of_write_tools_is_the_registered_write_tools()
    {
        Assert.Equal(s_write.Keys.Order(StringComparer.Ordinal), MistToolCallFilter.WriteToolNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_write_tool_called_without_writes_is_an_unknown_tool_that_says_how_to_get_it()
    {
        await using var mcp = await McpHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ModelContextProtocol.McpProtocolException>(() => mcp.CallAsync("delete_site", new() { ["site"] = "Paris 001" }));

        Assert.Equal(ModelContextProtocol.McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("Unknown tool: 'delete_site'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-writes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mcp.Simulator.Counters.Writes);
    }
}
