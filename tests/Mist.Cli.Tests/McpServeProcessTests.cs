using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Mist.Cli.Tests;

/// <summary>The built <c>mist mcp serve</c> as a child process, driven over stdio by a real MCP client.</summary>
public class McpServeProcessTests
{
    [Fact]
    public async Task Mcp_serve_speaks_mcp_on_stdio_read_only_by_default_and_never_shows_the_token()
    {
        await using var cli = await CliHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var stderr = new System.Text.StringBuilder();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mist",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "mist.dll"), "mcp", "serve"],
            EnvironmentVariables = new Dictionary<string, string?>(cli.Environment.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value))),
            StandardErrorLines = line => { lock (stderr) { stderr.AppendLine(line); } },
        });

        await using (var client = await McpClient.CreateAsync(transport, ChildProcess.ClientOptions, cancellationToken: ct))
        {
            var tools = await client.ListToolsAsync(cancellationToken: ct);
            var whoami = await client.CallToolAsync("whoami", new Dictionary<string, object?>(), cancellationToken: ct);
            var sites = await client.CallToolAsync("list_sites", new Dictionary<string, object?>(), cancellationToken: ct);

            Assert.Contains(tools, t => t.Name == "list_sites");
            Assert.DoesNotContain(tools, t => t.Name == "delete_site");
            Assert.NotEqual(true, whoami.IsError);
            Assert.NotEqual(true, sites.IsError);
            var text = JsonSerializer.Serialize(sites.StructuredContent) + string.Join(' ', sites.Content.OfType<TextContentBlock>().Select(b => b.Text));
            Assert.Contains(cli.Seed.Sites[0].Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(cli.Simulator.Tokens.Admin, JsonSerializer.Serialize(whoami.StructuredContent) + text, StringComparison.Ordinal);
        }

        lock (stderr)
        {
            Assert.DoesNotContain(cli.Simulator.Tokens.Admin, stderr.ToString(), StringComparison.Ordinal);
        }

        Assert.True(cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/sites") >= 1);
    }

    [Fact]
    public async Task Allow_writes_adds_the_write_tools()
    {
        await using var cli = await CliHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mist",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "mist.dll"), "mcp", "serve", "--allow-writes"],
            EnvironmentVariables = new Dictionary<string, string?>(cli.Environment.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value))),
        });

        await using var client = await McpClient.CreateAsync(transport, ChildProcess.ClientOptions, cancellationToken: ct);
        var tools = await client.ListToolsAsync(cancellationToken: ct);

        Assert.Contains(tools, t => t.Name == "delete_site");
        Assert.Contains(tools, t => t.Name == "restart_device");
    }
}
