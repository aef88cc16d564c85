using Mist.Cli.Commands.Shared;

namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device stats DEVICE</c>: the device's whole stats object (<c>GET /sites/{site_id}/stats/devices/{device_id}</c>).</summary>
internal sealed class DeviceStatsCommand : MistCommand
{
    private readonly System.CommandLine.Argument<string> _device = DeviceArguments.Device();

    public DeviceStatsCommand(CliApp app)
        : base(app, "stats", "Show a device's live state: status, version, IP, uptime, clients, radios, upgrade progress.")
    {
        Arguments.Add(_device);
    }

    protected override Output.ResourceView View => DeviceViews.Stats;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var deviceRef = DeviceReference.Check(context.Parse.GetRequiredValue(_device));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var (siteId, deviceId, _) = await session.GetAssignedDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        var stats = await session.Client.Devices.GetStatsAsync(siteId, deviceId, cancellationToken).ConfigureAwait(false);
        context.Output.WriteItem(ModelJson.Object(stats, MistJsonContext.Default.DeviceStats), View);
        return ExitCodes.Success;
    }
}
