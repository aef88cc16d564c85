using System.Diagnostics;
using System.Globalization;

namespace Mist.Http2.Bench;

/// <summary>The benchmark's handle on the server child (<see cref="TlsFront"/>): its address, pin and counters.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string[] ready)
    {
        _process = process;
        BaseAddress = new Uri($"https://127.0.0.1:{ready[1]}/");
        Pin = ready[2];
        OrgId = Guid.Parse(ready[3]);
        Token = ready[4];
    }

    public Uri BaseAddress { get; }

    public string Pin { get; }

    public Guid OrgId { get; }

    public string Token { get; }

    /// <summary>CPU time of the front and the simulator together, user and system.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(int sites)
    {
        // Under `dotnet Mist.Http2.Bench.dll` the process path is the host, and the child needs the assembly too.
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        info.ArgumentList.Add("serve");
        info.ArgumentList.Add(sites.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(info)!;
        var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
        if (line?.Split(' ') is not ["ready", _, _, _, _] ready)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"The server child did not start: {line}");
        }

        return new ServerProcess(process, ready);
    }

    public async Task<string> CommandAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        return await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) ?? throw new InvalidOperationException("The server child exited.");
    }

    /// <summary>Connections accepted and requests answered per protocol since the last <c>reset</c>.</summary>
    public async Task<(long Connections, long Http1, long Http2)> StatsAsync()
    {
        var words = (await CommandAsync("stats").ConfigureAwait(false)).Split(' ');
        return (long.Parse(words[0], CultureInfo.InvariantCulture), long.Parse(words[1], CultureInfo.InvariantCulture), long.Parse(words[2], CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        // Closing stdin ends the child's command loop; it then stops Kestrel and exits.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
