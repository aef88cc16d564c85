using System.Globalization;
using System.Text;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// Every problem found in an input file, each with its line. A bulk command checks the whole file before its first
/// request and, if anything is wrong, stops with all of them at once (exit 2): fixing a file one error per run is slow.
/// </summary>
internal sealed class InputProblems(string file)
{
    private const int MaxListed = 200;
    private readonly List<(int Line, string Message)> _problems = [];

    public int Count => _problems.Count;

    public void Add(int line, string message) => _problems.Add((line, message));

    /// <summary>Runs a check of one value; a usage error it throws becomes a problem of that line, and the result is default.</summary>
    public T? Check<T>(int line, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (CliException e) when (e.ExitCode == ExitCodes.Usage)
        {
            Add(line, e.Message);
            return default;
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count == 0)
        {
            return;
        }

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{file}: {_problems.Count} problem{(_problems.Count == 1 ? string.Empty : "s")}; nothing was sent.");
        foreach (var (line, message) in _problems.OrderBy(p => p.Line).Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  line {line}: {message}");
        }

        if (_problems.Count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  ... and {_problems.Count - MaxListed} more.");
        }

        throw CliException.Usage(text.ToString());
    }
}
