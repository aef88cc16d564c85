using System.CommandLine;

namespace Mist.Cli.Commands.Completion;

/// <summary><c>mist completion bash|zsh|fish|powershell</c>: prints the shell's completion script (as <c>gh completion -s</c> does).</summary>
internal sealed class CompletionCommand : MistCommand
{
    private readonly Argument<CompletionShell> _shell = new("shell")
    {
        Description = "The shell: bash, zsh, fish or powershell.",
        HelpName = "bash|zsh|fish|powershell",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (Enum.TryParse<CompletionShell>(token, ignoreCase: true, out var shell) && !int.TryParse(token, out _))
            {
                return shell;
            }

            result.AddError($"'{token}' is not a shell mist completes: use bash, zsh, fish or powershell.");
            return default;
        },
    };

    public CompletionCommand(CliApp app)
        : base(app, "completion", "Print the shell completion script for bash, zsh, fish or powershell.")
    {
        _shell.CompletionSources.Add("bash", "zsh", "fish", "powershell");
        Arguments.Add(_shell);
    }

    protected override Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var script = context.Parse.GetValue(_shell) switch
        {
            CompletionShell.Zsh => CompletionScripts.Zsh,
            CompletionShell.Fish => CompletionScripts.Fish,
            CompletionShell.PowerShell => CompletionScripts.PowerShell,
            _ => CompletionScripts.Bash,
        };

        // Written as it is, terminal or not: it is code for the shell.
        context.Output.WriteData(script);
        return Task.FromResult(ExitCodes.Success);
    }

    private enum CompletionShell
    {
        Bash,
        Zsh,
        Fish,
        PowerShell,
    }
}
