using System.Globalization;

namespace Mist.Bench;

/// <summary>Command-line options of the macro benchmark.</summary>
internal sealed record BenchOptions(int Runs, bool Build, string StatePath, string? OutPath, string RepoRoot, int LatencyMs, int JitterMs)
{
    public const int Sites = 1000;
    public const int Devices = 50_000;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = FindRepoRoot();
        return new BenchOptions(
            int.Parse(Value("--runs") ?? "5", CultureInfo.InvariantCulture),
            !args.Contains("--no-build"),
            Value("--state") ?? Path.Combine(root, "artifacts", "bench", "org-1000-sites-50000-devices.db"),
            Value("--out"),
            root,
            int.Parse(Value("--latency-ms") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Value("--jitter-ms") ?? "10", CultureInfo.InvariantCulture));
    }

    public string ArtifactsDir => Path.Combine(RepoRoot, "artifacts", "bench");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mist.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
