using System.Text;
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

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"Cannot read {path}: {e.Message}");
        }

        return Decode(path, bytes);
    }

    /// <summary>
    /// Strict UTF-8 (a UTF-8 byte-order mark dropped), or UTF-16 when the file starts with a UTF-16 byte-order mark.
    /// A byte that is not UTF-8 (a file Excel saved as Windows-1252, its default "CSV") is an error naming the first
    /// line it is on, never a silent U+FFFD.
    /// </summary>
    internal static string Decode(string path, byte[] bytes)
    {
        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (s_utf8, 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => ((Encoding)s_utf8, 0),
        };
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(skip + Math.Max(e.Index, 0), 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            throw CliException.Usage(
                $"{path}: line {line} is not {(skip == 2 ? "UTF-16" : "UTF-8")} text. Nothing was sent.",
                "Excel's \"CSV (Comma delimited)\" is Windows-1252: save the file as \"CSV UTF-8 (Comma delimited)\" and run again.");
        }
    }

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A list file: one value a line, trimmed; comment and blank lines skipped by the one rule of
    /// <see cref="CsvReader.IsSkipped"/>. Each value
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
            if (!CsvReader.IsSkipped(raw))
            {
                values.Add((number, raw.Trim()));
            }
        }

        return values;
    }
}
