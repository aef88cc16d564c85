using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>Reads a bulk command's input file (or standard input for <c>-</c>) before anything is sent.</summary>
internal static class BulkFile
{
    public static string ReadAll(CliConsole console, string path)
    {
        if (path == "-")
        {
            return console.ReadAllInput();
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"Cannot read {path}: {e.Message}");
        }
    }

    /// <summary>
    /// A list file: one value a line, trimmed; blank lines and lines starting with <c>#</c> skipped. Each value
    /// comes with its line number for messages.
    /// </summary>
    public static IReadOnlyList<(int Line, string Value)> ReadLines(CliConsole console, string path)
    {
        var text = ReadAll(console, path).TrimStart('\uFEFF');
        var values = new List<(int, string)>();
        var number = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var value = raw.Trim();
            if (value.Length > 0 && !value.StartsWith('#'))
            {
                values.Add((number, value));
            }
        }

        return values;
    }
}
