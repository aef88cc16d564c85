using System.Diagnostics;
using System.Text;

namespace Mist.Cli.Tests.Docs;

/// <summary>
/// Runs one doc file's command blocks in order with <c>bash</c>, against a fresh embedded simulator: its own HOME,
/// MIST_CONFIG_DIR and MIST_STATE_DIR, no credential, and a <c>mist</c> on PATH that runs the built CLI. Proxies point
/// at a closed port on 127.0.0.1 (loopback is never proxied), so nothing a doc runs can reach another address.
/// </summary>
internal sealed class DocRunner : IDisposable
{
    /// <summary>The README's way to run the CLI from a clone; a doc line using it runs the built CLI like <c>mist</c>.</summary>
    public const string DotnetRun = "dotnet run --project src/Mist.Cli -- ";

    private static readonly TimeSpan s_stepTimeout = TimeSpan.FromMinutes(3);

    private readonly string _home;

    public DocRunner()
    {
        _home = Directory.CreateTempSubdirectory("mist-docs-").FullName;
        Directory.CreateDirectory(WorkDir);
        Directory.CreateDirectory(BinDir);
        var shim = Path.Combine(BinDir, "mist");
        var dll = Path.Combine(AppContext.BaseDirectory, "mist.dll");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{dll}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string WorkDir => Path.Combine(_home, "work");

    private string BinDir => Path.Combine(_home, "bin");

    /// <summary>Runs <paramref name="script"/> with <c>bash</c> in the work directory; stdout and stderr merged, in order.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string script, bool terminal, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = WorkDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec 2>&1\n" + script);
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MIST_", StringComparison.Ordinal) || key.StartsWith("XDG_", StringComparison.Ordinal)
                || key.EndsWith("_PROXY", StringComparison.OrdinalIgnoreCase) || key is "NO_COLOR" or "no_proxy")
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["HOME"] = _home;
        start.Environment["PATH"] = BinDir + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH");
        start.Environment["MIST_CONFIG_DIR"] = Path.Combine(_home, "config");
        start.Environment["MIST_STATE_DIR"] = Path.Combine(_home, "state");
        start.Environment["MIST_PROMPT_DISABLED"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["HTTPS_PROXY"] = "http://127.0.0.1:9";
        start.Environment["HTTP_PROXY"] = "http://127.0.0.1:9";
        start.Environment["ALL_PROXY"] = "http://127.0.0.1:9";
        start.Environment["NO_PROXY"] = "127.0.0.1,localhost,::1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (terminal)
        {
            start.Environment["MIST_FORCE_TTY"] = "1";
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_stepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (-1, await stdout + await stderr + $"\n[docs] killed after {s_stepTimeout.TotalMinutes} minutes");
        }

        // A process a block left running in the background (`cmd &`) keeps the pipes open: give up on them after a while.
        var drained = Task.WhenAll(stdout, stderr);
        if (await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken)) != drained)
        {
            return (process.ExitCode == 0 ? -2 : process.ExitCode, "[docs] the block left a process running in the background, holding its output open");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
