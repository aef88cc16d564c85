using System.Globalization;
using System.Text;
using Wcwidth;

namespace Mist.Cli.Terminal;

/// <summary>
/// Text from the server (names, notes, error details) made safe for a terminal: C0 and C1 controls and DEL become
/// visible <c>\xHH</c> escapes, and the invisible format characters that reorder or hide text (bidi overrides and
/// isolates, zero-width spaces and joiners, the byte-order mark, line and paragraph separators) become
/// <c>\u{XXXX}</c>. So <c>ESC]52</c> cannot write the clipboard, <c>ESC[2J</c> cannot clear the screen and U+202E
/// cannot turn a name around. JSON, NDJSON, YAML and CSV are data, not terminal text, and stay exact.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every unsafe character escaped; <paramref name="keepLayout"/> keeps line feeds and tabs.</summary>
    public static string Escape(string? text, bool keepLayout = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var firstUnsafe = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLayout))
            {
                firstUnsafe = i;
                break;
            }
        }

        if (firstUnsafe < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, firstUnsafe);
        for (var i = firstUnsafe; i < text.Length; i++)
        {
            AppendEscaped(builder, text[i], keepLayout);
        }

        return builder.ToString();
    }

    /// <summary>Appends <paramref name="c"/>, escaped if it is unsafe.</summary>
    public static void AppendEscaped(StringBuilder builder, char c, bool keepLayout)
    {
        if (!IsUnsafe(c, keepLayout))
        {
            builder.Append(c);
        }
        else if (c <= '\u00FF')
        {
            builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append("\\u{").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
        }
    }

    public static bool IsUnsafe(char c, bool keepLayout) => c switch
    {
        '\n' or '\t' => !keepLayout,
        < '\u0020' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u2028' or '\u2029' or '\u2060' or '\uFEFF' => true,
        _ => false,
    };

    /// <summary>
    /// How many terminal cells <paramref name="text"/> takes: East Asian wide and fullwidth characters 2, combining
    /// marks and other zero-width characters 0, the rest 1 (the Wcwidth tables). Meant for escaped text.
    /// </summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Math.Max(0, UnicodeCalculator.GetWidth(rune));
        }

        return width;
    }

    /// <summary><paramref name="text"/> padded with spaces on the right to <paramref name="width"/> cells.</summary>
    public static string PadRight(string text, int width)
    {
        var pad = width - Width(text);
        return pad > 0 ? text + new string(' ', pad) : text;
    }
}
