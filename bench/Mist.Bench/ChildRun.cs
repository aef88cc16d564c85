using System.Diagnostics;
using System.Globalization;

namespace Mist.Bench;

/// <summary>One run of the CLI as a child process: wall time, stdout lines, exit code and peak RSS.</summary>
internal sealed record ChildRun(TimeSpan Wall, long Lines, int ExitCode, long PeakRssKb, string Stderr)
{
    public static async Task<ChildRun> StartAsync(string exe, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> env)
    {
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {exe}");
        var lines = CountLinesAsync(process.StandardOutput);
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        // VmHWM is the process's own high-water mark, so sampling it until exit misses at most the last few ms.
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMarkKb(process.Id));
            await Task.Delay(5).ConfigureAwait(false);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        clock.Stop();
        return new ChildRun(clock.Elapsed, await lines.ConfigureAwait(false), process.ExitCode, peak, await stderr.ConfigureAwait(false));
    }

    private static async Task<long> CountLinesAsync(StreamReader reader)
    {
        var buffer = new char[64 * 1024];
        long lines = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        return lines;
    }

    private static long ReadHighWaterMarkKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
