using System.Globalization;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// A progress bar for one site upgrade on a terminal's standard error, redrawn in place on each change
/// (<c>[########............] 8/20 upgrading</c>), cleared when the upgrade ends. Off a terminal it writes nothing:
/// scripts get the per-device rows at the end.
/// </summary>
internal sealed class UpgradeProgress(CliConsole console, string label, int total)
{
    private const int Width = 20;
    private bool _shown;

    public void Update(SiteUpgrade upgrade)
    {
        if (!console.IsErrorTty)
        {
            return;
        }

        var targets = upgrade.Targets;
        var done = (targets?.Upgraded?.Count ?? 0) + (targets?.Failed?.Count ?? 0) + (targets?.Skipped?.Count ?? 0);
        var filled = total == 0 ? Width : Math.Clamp(done * Width / total, 0, Width);
        var failed = targets?.Failed?.Count is > 0 and var f ? string.Create(CultureInfo.InvariantCulture, $", {f} failed") : string.Empty;
        console.WriteErrorControl("\r\u001b[K");
        console.Error.Write(string.Create(
            CultureInfo.InvariantCulture, $"{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {upgrade.Status}{failed}"));
        _shown = true;
    }

    public void Clear()
    {
        if (_shown)
        {
            console.WriteErrorControl("\r\u001b[K");
            _shown = false;
        }
    }
}
