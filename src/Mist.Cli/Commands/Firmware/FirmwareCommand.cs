using System.CommandLine;

namespace Mist.Cli.Commands.Firmware;

/// <summary><c>mist firmware</c>.</summary>
internal sealed class FirmwareCommand : Command
{
    public FirmwareCommand(CliApp app)
        : base("firmware", "List firmware versions and outdated devices, upgrade devices, follow and cancel upgrades.")
    {
        Subcommands.Add(new FirmwareListCommand(app));
        Subcommands.Add(new FirmwareUpgradeCommand(app));
        Subcommands.Add(new FirmwareStatusCommand(app));
        Subcommands.Add(new FirmwareCancelCommand(app));
    }
}
