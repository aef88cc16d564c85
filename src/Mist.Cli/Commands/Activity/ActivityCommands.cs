using System.CommandLine;

namespace Mist.Cli.Commands.Activity;

/// <summary><c>mist event</c>.</summary>
internal sealed class EventCommand : Command
{
    public EventCommand(CliApp app)
        : base("event", "Device events: what happened on the org's devices.") => Subcommands.Add(new EventListCommand(app));
}

/// <summary><c>mist alarm</c>.</summary>
internal sealed class AlarmCommand : Command
{
    public AlarmCommand(CliApp app)
        : base("alarm", "Alarms: list and acknowledge.")
    {
        Subcommands.Add(new AlarmListCommand(app));
        Subcommands.Add(new AlarmAckCommand(app));
    }
}

/// <summary><c>mist audit</c>.</summary>
internal sealed class AuditCommand : Command
{
    public AuditCommand(CliApp app)
        : base("audit", "The org's audit log.") => Subcommands.Add(new AuditListCommand(app));
}

/// <summary><c>mist client</c>.</summary>
internal sealed class ClientCommand : Command
{
    public ClientCommand(CliApp app)
        : base("client", "Wireless clients: list, find across the org, view, events.")
    {
        Subcommands.Add(new ClientListCommand(app));
        Subcommands.Add(new ClientFindCommand(app));
        Subcommands.Add(new ClientViewCommand(app));
        Subcommands.Add(new ClientEventsCommand(app));
    }
}
