using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// The device configuration fields (<c>notes</c>, <c>x</c>, <c>y</c>, <c>map_id</c>, ...) a device list was asked for
/// with <c>--fields</c> that its inventory records do not carry: read with one listing per site (1,000 devices a
/// request), only for sites that have a listed device, and only when such a field was asked for.
/// </summary>
internal sealed class DeviceConfigs(MistSession session, IReadOnlyList<string> fields)
{
    private readonly Dictionary<Guid, Dictionary<string, JsonObject>> _bySite = [];

    /// <summary>The configuration fields among <paramref name="requested"/> (by their first segment), or none.</summary>
    public static IReadOnlyList<string> Wanted(IReadOnlyList<string>? requested) =>
        requested is null
            ? []
            : [.. requested.Select(f => f.Split('.')[0]).Where(f => SpecFields.Device.Contains(f) && !SpecFields.Inventory.Contains(f) && f != DeviceViews.SiteName).Distinct(StringComparer.Ordinal)];

    /// <summary>Copies the asked-for configuration fields of <paramref name="item"/>'s device into <paramref name="row"/>.</summary>
    public async Task AddToAsync(JsonObject row, InventoryItem item, CancellationToken cancellationToken)
    {
        if (item.SiteId is not { } siteId || item.Mac is null)
        {
            return;
        }

        if (!_bySite.TryGetValue(siteId, out var devices))
        {
            devices = [];
            await foreach (var device in session.Client.Devices.ListAsync(siteId, new DeviceListOptions { Type = DeviceType.All }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (device.Mac is { } mac)
                {
                    devices[mac] = ModelJson.Object(device, MistJsonContext.Default.Device);
                }
            }

            _bySite[siteId] = devices;
        }

        if (devices.TryGetValue(item.Mac, out var config))
        {
            foreach (var field in fields)
            {
                row[field] = config[field]?.DeepClone();
            }
        }
    }
}
