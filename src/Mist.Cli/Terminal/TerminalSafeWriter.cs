using System.Text;

namespace Mist.Cli.Terminal;

/// <summary>
/// Standard error as commands write it: everything passes through <see cref="TerminalText.Escape"/> (line feeds and
/// tabs kept), so a site name or a server's error detail in a notice, prompt, log line or error message cannot
/// drive the terminal. The CLI's own control sequences (progress redraws, colour) go through
/// <see cref="CliConsole.WriteErrorControl"/> instead.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value, keepLayout: true))
        {
            inner.Write(TerminalText.Escape(value.ToString(), keepLayout: true));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(TerminalText.Escape(value, keepLayout: true));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Escape(value, keepLayout: true));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
