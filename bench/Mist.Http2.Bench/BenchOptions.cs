using System.Globalization;

namespace Mist.Http2.Bench;

/// <summary>The command line of the benchmark; every value has the default the documented table was run with.</summary>
internal sealed record BenchOptions
{
    public int Runs { get; init; } = 5;

    /// <summary>Delay the simulator adds before each response, standing for the cloud's latency.</summary>
    public IReadOnlyList<int> LatenciesMs { get; init; } = [0, 20, 80];

    public IReadOnlyList<int> Concurrency { get; init; } = [4, 16];

    public int Sites { get; init; } = 5000;

    public int Limit { get; init; } = 100;

    /// <summary>
    /// Round trips of the latency that a new connection's set-up costs before its first request (TCP, then TLS 1.3:
    /// 2), which loopback does not have: the front holds back each accepted connection this many times the latency
    /// before its TLS handshake. 0 (the default) leaves loopback as it is.
    /// </summary>
    public int HandshakeRoundTrips { get; init; }

    public string? OutPath { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options with { Runs = Int(value) },
                "--latencies" => options with { LatenciesMs = Ints(value) },
                "--concurrency" => options with { Concurrency = Ints(value) },
                "--sites" => options with { Sites = Int(value) },
                "--limit" => options with { Limit = Int(value) },
                "--handshake-rtts" => options with { HandshakeRoundTrips = Int(value) },
                "--out" => options with { OutPath = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static int[] Ints(string value) => [.. value.Split(',').Select(Int)];
}
