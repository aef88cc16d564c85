using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Mist.Mcp.Tests;

/// <summary>
/// Every tool's schemas, judged by a JSON Schema library we did not write (JsonSchema.Net): valid 2020-12, in the
/// portable subset every MCP client accepts, and every structured result valid against its output schema in
/// every case (a full page, the last page, an empty list, one item, a single object).
/// </summary>
public class SchemaTests
{
    [Fact]
    public async Task Every_schema_is_valid_2020_12_and_portable()
    {
        await using var mcp = await McpHarness.StartAsync(allowWrites: true);
        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            foreach (var (kind, schema) in new[] { ("input", tool.InputSchema), ("output", tool.OutputSchema!.Value) })
            {
                var meta = MetaSchemas.Draft202012.Evaluate(Node(schema), new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(meta.IsValid, $"{tool.Name} {kind}Schema is not valid 2020-12: {Errors(meta)}");
                Assert.Equal("object", schema.GetProperty("type").GetString());
                AssertPortable(schema, $"{tool.Name}.{kind}");
            }

            Assert.False(tool.InputSchema.GetProperty("additionalProperties").GetBoolean(), $"{tool.Name} accepts unknown arguments");
        }
    }

    [Theory]
    [InlineData("list_sites", """{"limit":2}""")]
    [InlineData("list_sites", """{"limit":200}""")]
    [InlineData("list_devices", """{"limit":1}""")]
    [InlineData("list_devices", """{"mac":"00:00:00:00:00:01"}""")]
    [InlineData("list_inventory", """{"limit":3,"fields":"*"}""")]
    [InlineData("list_inventory", """{"unassigned":true}""")]
    [InlineData("list_orgs", """{}""")]
    [InlineData("whoami", """{}""")]
    [InlineData("get_org", """{}""")]
    [InlineData("get_site", """{"site":"Paris 001"}""")]
    [InlineData("api_get", """{"path":"self"}""")]
    [InlineData("api_get", """{"path":"orgs/{org_id}/sites","limit":2}""")]
    public async Task Every_structured_result_matches_its_output_schema(string tool, string arguments)
    {
        await using var mcp = await McpHarness.StartAsync();
        var args = JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments.Replace("{org_id}", mcp.Seed.PrimaryOrgId, StringComparison.Ordinal))!;
        var schema = await OutputSchemaAsync(mcp, tool);

        var result = await mcp.CallOkAsync(tool, args);
        AssertMatches(schema, result, tool);
        while (result.TryGetProperty("next_cursor", out var cursor))
        {
            args["cursor"] = cursor.GetString();
            result = await mcp.CallOkAsync(tool, args);
            AssertMatches(schema, result, $"{tool} (next page)");
        }
    }

    [Fact]
    public async Task A_device_in_full_matches_the_schema_and_carries_status_version_ip_and_site_name()
    {
        await using var mcp = await McpHarness.StartAsync();
        var device = mcp.Seed.Devices.First(d => d.SiteId is not null);

        var listed = (await mcp.CallOkAsync("list_devices", new() { ["mac"] = device.Mac })).GetProperty("items")[0];
        var full = await mcp.CallOkAsync("get_device", new() { ["device"] = device.Mac });

        foreach (var field in new[] { "status", "version", "ip", "site_name" })
        {
            Assert.True(listed.TryGetProperty(field, out _), $"list_devices lacks {field}");
        }

        Assert.All(listed.EnumerateObject(), p => Assert.True(full.TryGetProperty(p.Name, out _), $"get_device lacks {p.Name}, which list_devices has"));
        AssertMatches(await OutputSchemaAsync(mcp, "get_device"), full, "get_device");
    }

    private static async Task<JsonSchema> OutputSchemaAsync(McpHarness mcp, string tool)
    {
        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        return JsonSchema.FromText(tools.Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value.GetRawText());
    }

    private static void AssertMatches(JsonSchema schema, JsonElement instance, string what)
    {
        var result = schema.Evaluate(Node(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{what}: structuredContent does not match its outputSchema: {Errors(result)}\n{instance}");
    }

    private static JsonNode? Node(JsonElement element) => JsonNode.Parse(element.GetRawText());

    /// <summary>One type per field, an object for every property schema, no default: null.</summary>
    private static void AssertPortable(JsonElement schema, string where)
    {
        Assert.Equal(JsonValueKind.Object, schema.ValueKind);
        if (schema.TryGetProperty("type", out var type))
        {
            Assert.True(type.ValueKind == JsonValueKind.String, $"{where}: type is {type} (one type per field)");
        }

        if (schema.TryGetProperty("default", out var value))
        {
            Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                AssertPortable(property.Value, $"{where}.{property.Name}");
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            AssertPortable(items, $"{where}[]");
        }
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
