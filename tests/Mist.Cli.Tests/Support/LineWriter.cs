using System.Text;

namespace Mist.Cli.Tests.Support;

/// <summary>A thread-safe capturing writer that tells a listener about each completed line (stderr watched while a command runs).</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public event Action<string>? LineWritten;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        string? completed = null;
        lock (_lock)
        {
            _all.Append(value);
            if (value == '\n')
            {
                completed = _line.ToString();
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        if (completed is not null)
        {
            LineWritten?.Invoke(completed);
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _all.ToString();
        }
    }
}
