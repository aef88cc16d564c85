using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Inventory;

/// <summary>A file of MAC addresses, one a line in any notation, checked whole before anything is sent; a MAC given twice is kept once.</summary>
internal static class MacListFile
{
    public static IReadOnlyList<(int Line, string Input, string Mac)> Read(CliConsole console, string path)
    {
        var problems = new InputProblems(path);
        var macs = new List<(int, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, value) in BulkFile.ReadLines(console, path))
        {
            if (problems.Check(line, () => InputParsers.Mac(value)) is { } mac && seen.Add(mac))
            {
                macs.Add((line, value, mac));
            }
        }

        if (macs.Count == 0 && problems.Count == 0)
        {
            problems.Add(1, "no MAC address in the file (one a line; blank lines and lines starting with # are ignored).");
        }

        problems.ThrowIfAny();
        return macs;
    }
}
