using System.CommandLine;

namespace Mist.Cli.Commands.Sim;

/// <summary><c>mist sim</c>: the offline Mist cloud.</summary>
internal sealed class SimCommand : Command
{
    public SimCommand(CliApp app)
        : base("sim", "Run the offline Mist cloud simulator.")
    {
        Subcommands.Add(new SimServeCommand(app));
        Subcommands.Add(new SimResetCommand(app));
        Subcommands.Add(new SimSeedCommand(app));
    }
}
