using System.CommandLine;
using Mist.Cli.Config;

namespace Mist.Cli.Commands.Sim;

/// <summary><c>mist sim reset</c>: deletes a simulator state file; the next <c>serve</c> seeds a fresh one.</summary>
internal sealed class SimResetCommand : Command
{
    private static readonly Option<string?> s_state = new("--state") { Description = "SQLite state file (default: the user's state directory)." };

    private readonly CliApp _app;

    public SimResetCommand(CliApp app)
        : base("reset", "Delete the simulator's state file.")
    {
        _app = app;
        Options.Add(s_state);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var path = Path.GetFullPath(parse.GetValue(s_state) ?? ConfigPaths.SimulatorState(_app.Console));
        var removed = 0;
        foreach (var file in ConfigPaths.SimulatorStateFiles(path).Where(File.Exists))
        {
            File.Delete(file);
            removed++;
        }

        _app.Console.Error.WriteLine(removed > 0 ? $"Removed the simulator state {path}" : $"No simulator state at {path}");
        return 0;
    }
}
