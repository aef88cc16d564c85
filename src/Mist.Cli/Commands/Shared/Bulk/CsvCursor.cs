namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>A position in the text that counts lines as it moves (CRLF, LF and a lone CR each end one line).</summary>
internal sealed class CsvCursor(string text)
{
    private int _index;

    public int Line { get; private set; } = 1;

    public bool AtEnd => _index >= text.Length;

    public char Peek => AtEnd ? '\0' : text[_index];

    public bool AtLineEnd => Peek is '\r' or '\n';

    /// <summary>The text from here to the end of the line (without the line end), not consumed.</summary>
    public ReadOnlySpan<char> RestOfLine
    {
        get
        {
            var rest = text.AsSpan(Math.Min(_index, text.Length));
            var end = rest.IndexOfAny('\r', '\n');
            return end < 0 ? rest : rest[..end];
        }
    }

    public char Advance()
    {
        var c = text[_index++];
        if (c == '\n' || (c == '\r' && Peek != '\n'))
        {
            Line++;
        }

        return c;
    }

    /// <summary>Skips spaces and tabs.</summary>
    public void SkipBlanks()
    {
        while (Peek is ' ' or '\t')
        {
            Advance();
        }
    }

    /// <summary>Skips spaces and tabs when only they stand between here and a comma or the line end.</summary>
    public void SkipBlanksBeforeFieldEnd()
    {
        if (RestOfLine.TrimStart(" \t") is [] or [',', ..])
        {
            SkipBlanks();
        }
    }

    public void SkipLineEnd()
    {
        if (Peek == '\r')
        {
            Advance();
        }

        if (Peek == '\n')
        {
            Advance();
        }
    }

    public void SkipLine()
    {
        while (!AtEnd && !AtLineEnd)
        {
            Advance();
        }

        SkipLineEnd();
    }
}
