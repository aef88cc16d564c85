using System.CommandLine;

namespace Mist.Cli.Commands.Sim;

/// <summary><c>mist sim reset</c>: deletes a simulator state file; the next <c>serve</c> seeds a fresh one.</summary>
internal sealed class SimResetCommand : Command
{
    private static readonly Option<string?> s_state = new("--state") { Description = "SQLite state file (default: the user's state directory)." };

    public SimResetCommand()
        : base("reset", "Delete the simulator's state file.")
    {
        Options.Add(s_state);
        SetAction(Execute);
    }

    private static int Execute(ParseResult parse)
    {
        var path = Path.GetFullPath(parse.GetValue(s_state) ?? SimStatePath.Default);
        var removed = 0;
        foreach (var file in SimStatePath.Files(path).Where(File.Exists))
        {
            File.Delete(file);
            removed++;
        }

        var output = parse.InvocationConfiguration.Output;
        output.WriteLine(removed > 0 ? $"Removed the simulator state {path}" : $"No simulator state at {path}");
        return 0;
    }
}
