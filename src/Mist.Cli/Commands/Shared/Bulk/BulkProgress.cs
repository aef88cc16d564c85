using System.Globalization;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// "Importing sites: 120/300 (2 failed)..." on stderr, on a terminal only (as <see cref="PagedProgress"/> does for
/// listings), cleared when the run ends. Safe to call from concurrent items.
/// </summary>
internal sealed class BulkProgress(CliConsole console, string what, int total)
{
    private readonly Lock _lock = new();
    private int _done;
    private int _failed;
    private bool _shown;

    public void Advance(int count, bool failed)
    {
        lock (_lock)
        {
            _done += count;
            _failed += failed ? count : 0;
            if (!console.IsErrorTty || total <= 1)
            {
                return;
            }

            var failures = _failed > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({_failed:N0} failed)") : string.Empty;
            console.WriteErrorControl("\r");
            console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"{what}: {_done:N0}/{total:N0}{failures}..."));
            _shown = true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            if (_shown)
            {
                console.WriteErrorControl("\r\u001b[K");
                _shown = false;
            }
        }
    }
}
