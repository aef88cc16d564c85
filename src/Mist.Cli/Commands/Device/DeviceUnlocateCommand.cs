namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device unlocate DEVICE</c>: stops the LED blinking that <c>device locate</c> started.</summary>
internal sealed class DeviceUnlocateCommand(CliApp app)
    : DeviceActionCommand(app, "unlocate", "Stop blinking a device's LED.")
{
    protected override string ActionName => "unlocate";

    protected override string Done => "Stopped blinking the LED of";

    protected override Task SendAsync(MistClient client, Guid siteId, Guid deviceId, CancellationToken cancellationToken) =>
        client.Devices.UnlocateAsync(siteId, deviceId, cancellationToken);
}
