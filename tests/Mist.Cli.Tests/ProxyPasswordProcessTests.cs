using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Mist.Tests.Support;

namespace Mist.Cli.Tests;

/// <summary>
/// The built <c>mist</c> as a child process with <c>HTTPS_PROXY=http://user:password@127.0.0.1:port</c> and a proxy that
/// refuses the credentials: neither the CLI (with --verbose) nor the MCP server prints the password, plain or
/// percent-encoded, anywhere.
/// </summary>
public class ProxyPasswordProcessTests
{
    private const string Password = "Pr0xyS3cret@Corp";

    private static readonly string[] s_secrets = [Password, Uri.EscapeDataString(Password), "Pr0xyS3cret", "alice:", "tok_proxytest_secret"];

    private static Dictionary<string, string?> Environment(ConnectProxy proxy, string home) => new()
    {
        ["HTTPS_PROXY"] = $"http://alice:{Uri.EscapeDataString(Password)}@127.0.0.1:{proxy.Port}",
        ["https_proxy"] = null,
        ["ALL_PROXY"] = null,
        ["all_proxy"] = null,
        ["NO_PROXY"] = null,
        ["no_proxy"] = null,
        ["MIST_HOST"] = "eu",
        ["MIST_API_TOKEN"] = "tok_proxytest_secret",
        ["MIST_CONFIG_DIR"] = Path.Combine(home, "config"),
        ["MIST_STATE_DIR"] = Path.Combine(home, "state"),
    };

    [Fact]
    public async Task The_cli_reports_the_proxy_refusal_without_the_password_even_with_verbose()
    {
        await using var proxy = new ConnectProxy();
        var home = Directory.CreateTempSubdirectory("mist-proxy-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mist.dll"), "site", "list", "--verbose", "--no-wait" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment(proxy, home))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("407 Proxy Authentication Required", output, StringComparison.Ordinal);
        Assert.Contains("HTTPS_PROXY", output, StringComparison.Ordinal);
        foreach (var secret in s_secrets)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }

        Assert.NotEmpty(proxy.Requests);
        Directory.Delete(home, recursive: true);
    }

    [Fact]
    public async Task The_mcp_server_reports_the_proxy_refusal_to_the_agent_without_the_password()
    {
        await using var proxy = new ConnectProxy();
        var home = Directory.CreateTempSubdirectory("mist-proxy-").FullName;
        var ct = TestContext.Current.CancellationToken;
        var stderr = new System.Text.StringBuilder();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mist",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "mist.dll"), "mcp", "serve"],
            EnvironmentVariables = Environment(proxy, home),
            StandardErrorLines = line => { lock (stderr) { stderr.AppendLine(line); } },
        });

        string text;
        await using (var client = await McpClient.CreateAsync(transport, ChildProcess.ClientOptions, cancellationToken: ct))
        {
            var whoami = await client.CallToolAsync("whoami", new Dictionary<string, object?>(), cancellationToken: ct);
            Assert.True(whoami.IsError);
            text = JsonSerializer.Serialize(whoami.StructuredContent) + string.Join(' ', whoami.Content.OfType<TextContentBlock>().Select(b => b.Text));
        }

        lock (stderr)
        {
            text += stderr.ToString();
        }

        Assert.Contains("407", text, StringComparison.Ordinal);
        foreach (var secret in s_secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Directory.Delete(home, recursive: true);
    }
}
