using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Device;

/// <summary>
/// <c>mist device view DEVICE</c>: the device's configuration at its site, with its health from its stats
/// (<c>status</c>, <c>version</c>, <c>ip</c>, <c>uptime</c>, <c>num_clients</c>, <c>last_seen</c>; <c>GET
/// /sites/{site_id}/stats/devices/{device_id}</c>, one request more). A device on no site has no
/// configuration to show, so its inventory record is shown instead, with a notice.
/// </summary>
internal sealed class DeviceViewCommand : MistCommand
{
    private readonly Argument<string> _device = DeviceArguments.Device();

    public DeviceViewCommand(CliApp app)
        : base(app, "view", "Show a device's configuration (or its inventory record when it is on no site).")
    {
        Arguments.Add(_device);
    }

    protected override ResourceView View => DeviceViews.Detail;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var deviceRef = DeviceReference.Check(context.Parse.GetRequiredValue(_device));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var item = await session.GetDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        if (item.SiteId is not { } siteId)
        {
            context.Output.Notice($"Device {item.Mac} is not assigned to a site; showing its inventory record.");
            context.Output.WriteItem(ModelJson.Object(item, MistJsonContext.Default.InventoryItem), View);
            return ExitCodes.Success;
        }

        var deviceId = item.Id ?? MacAddress.ToDeviceId(item.Mac!);
        var device = await session.Client.Devices.GetAsync(siteId, deviceId, cancellationToken).ConfigureAwait(false);
        var shown = ModelJson.Object(device, MistJsonContext.Default.Device);
        DeviceStats? stats = null;
        try
        {
            stats = await session.Client.Devices.GetStatsAsync(siteId, deviceId, cancellationToken).ConfigureAwait(false);
        }
        catch (MistNotFoundException)
        {
            // A device Mist has no stats for (never connected) still has a configuration to show.
        }

        DeviceHealth.AddTo(shown, stats, item.Connected == true);
        context.Output.WriteItem(shown, View);
        return ExitCodes.Success;
    }
}
