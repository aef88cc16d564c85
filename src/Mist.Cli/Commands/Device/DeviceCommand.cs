using System.CommandLine;
using Mist.Cli.Commands.Device.Rename;

namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device</c>.</summary>
internal sealed class DeviceCommand : Command
{
    public DeviceCommand(CliApp app)
        : base("device", "List, view, update, rename, restart and locate devices (APs, switches, gateways).")
    {
        Subcommands.Add(new DeviceListCommand(app));
        Subcommands.Add(new DeviceViewCommand(app));
        Subcommands.Add(new DeviceStatsCommand(app));
        Subcommands.Add(new DeviceUpdateCommand(app));
        Subcommands.Add(new DeviceRenameCommand(app));
        Subcommands.Add(new DeviceRestartCommand(app));
        Subcommands.Add(new DeviceLocateCommand(app));
        Subcommands.Add(new DeviceUnlocateCommand(app));
    }
}
