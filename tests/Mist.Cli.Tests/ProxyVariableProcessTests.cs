using System.Diagnostics;

namespace Mist.Cli.Tests;

/// <summary>
/// The built <c>mist</c> as a child process with an <c>HTTPS_PROXY</c> that .NET cannot read (a space in the host, a port over 65535):
/// it used to go direct without a word; now it names the variable, never its value, and sends nothing. The host is a
/// closed port on 127.0.0.1, so even a regression reaches no other address.
/// </summary>
public class ProxyVariableProcessTests
{
    [Theory]
    [InlineData("http://alice:s3cret@proxy corp:3128")]
    [InlineData("http://alice:s3cret@127.0.0.1:99999")]
    public async Task An_unreadable_proxy_variable_is_named_and_nothing_is_sent(string value)
    {
        var home = Directory.CreateTempSubdirectory("mist-proxyvar-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mist.dll"), "site", "list", "--no-wait", "--verbose" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HTTPS_PROXY"] = value;
        foreach (var name in new[] { "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy" })
        {
            start.Environment[name] = null;
        }

        start.Environment["MIST_HOST"] = "https://127.0.0.1:1";
        start.Environment["MIST_API_TOKEN"] = "tok_proxyvar_test";
        start.Environment["MIST_ORG_ID"] = Guid.NewGuid().ToString();
        start.Environment["MIST_CONFIG_DIR"] = Path.Combine(home, "config");
        start.Environment["MIST_STATE_DIR"] = Path.Combine(home, "state");

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;
        Directory.Delete(home, recursive: true);

        Assert.True(process.ExitCode == 1, output);
        Assert.Contains("HTTPS_PROXY is set but is not a proxy address .NET can use", output, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Connection refused", output, StringComparison.Ordinal);
    }
}
