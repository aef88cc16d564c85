namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device locate DEVICE</c>: blinks the device's LED until <c>device unlocate</c>.</summary>
internal sealed class DeviceLocateCommand(CliApp app)
    : DeviceActionCommand(app, "locate", "Blink a device's LED to find it (until `mist device unlocate`).")
{
    protected override string ActionName => "locate";

    protected override string Done => "Blinking the LED of";

    protected override Task SendAsync(MistClient client, Guid siteId, Guid deviceId, CancellationToken cancellationToken) =>
        client.Devices.LocateAsync(siteId, deviceId, cancellationToken);
}
