namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device restart DEVICE</c>: asks for the device's name on a terminal, needs <c>--yes</c> otherwise.</summary>
internal sealed class DeviceRestartCommand(CliApp app)
    : DeviceActionCommand(app, "restart", "Restart a device (its clients are disconnected while it reboots).")
{
    protected override string ActionName => "restart";

    protected override string Done => "Restarted";

    protected override bool IsDestructive => true;

    protected override Task SendAsync(MistClient client, Guid siteId, Guid deviceId, CancellationToken cancellationToken) =>
        client.Devices.RestartAsync(siteId, deviceId, cancellationToken);
}
