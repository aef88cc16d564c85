using Mist.Cli.Commands.Device;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary>Resolves every DEVICE to its inventory record before anything is written, so one bad name changes nothing.</summary>
internal static class InventoryTargets
{
    /// <summary>
    /// Each device by id, MAC, serial or name (unknown: exit 5; ambiguous: exit 2); a device named twice is kept once.
    /// </summary>
    public static async Task<IReadOnlyList<InventoryTarget>> ResolveAsync(MistSession session, IEnumerable<string> inputs, CancellationToken cancellationToken)
    {
        // Check every value first: a typo in the last MAC must fail before the first lookup is sent.
        var checkedInputs = DeviceReference.CheckAll(inputs);
        var targets = new List<InventoryTarget>();
        foreach (var input in checkedInputs)
        {
            var item = await session.GetDeviceAsync(input, cancellationToken).ConfigureAwait(false);
            if (item.Mac is not null && !targets.Any(t => t.Mac == item.Mac))
            {
                targets.Add(new InventoryTarget(input, item));
            }
        }

        return targets;
    }
}
