using System.Diagnostics;
using Mist.Simulator;
using Mist.Tests.Support;

namespace Mist.Cli.Tests;

/// <summary>
/// The built <c>mist</c> as a child process with <c>HTTP_PROXY</c> pointing at a proxy that refuses everything: a
/// <c>NO_PROXY</c> written for curl (<c>*</c>, <c>host:port</c>, a CIDR range) sends the request direct, as the
/// user meant; without it the proxy is used.
/// </summary>
public class NoProxyProcessTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.0.0.0/8")]
    [InlineData("example.org, 127.0.0.1")]
    public async Task A_curl_style_NO_PROXY_entry_sends_the_request_direct(string noProxy)
    {
        await using var simulator = await MistSimulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var proxy = new ConnectProxy();

        var (exit, output) = await RunAsync(simulator, proxy, noProxy.Replace("{port}", simulator.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.True(exit == 0, output);
        Assert.Empty(proxy.Requests);
    }

    [Fact]
    public async Task Without_a_matching_entry_the_proxy_is_used()
    {
        await using var simulator = await MistSimulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var proxy = new ConnectProxy();

        var (exit, output) = await RunAsync(simulator, proxy, $"127.0.0.1:{simulator.BaseAddress.Port + 1}");

        Assert.True(exit != 0, output);
        Assert.NotEmpty(proxy.Requests);
    }

    private static async Task<(int Exit, string Output)> RunAsync(MistSimulator simulator, ConnectProxy proxy, string noProxy)
    {
        var home = Directory.CreateTempSubdirectory("mist-noproxy-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mist.dll"), "site", "list", "-o", "json", "--no-wait" })
        {
            start.ArgumentList.Add(arg);
        }

        var environment = new Dictionary<string, string?>
        {
            ["HTTP_PROXY"] = $"http://127.0.0.1:{proxy.Port}",
            ["http_proxy"] = null,
            ["HTTPS_PROXY"] = null,
            ["https_proxy"] = null,
            ["ALL_PROXY"] = null,
            ["all_proxy"] = null,
            ["NO_PROXY"] = noProxy,
            ["no_proxy"] = null,
            ["MIST_HOST"] = simulator.BaseAddress.ToString(),
            ["MIST_API_TOKEN"] = simulator.Tokens.Admin,
            ["MIST_CONFIG_DIR"] = Path.Combine(home, "config"),
            ["MIST_STATE_DIR"] = Path.Combine(home, "state"),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;
        Directory.Delete(home, recursive: true);
        return (process.ExitCode, output);
    }
}
