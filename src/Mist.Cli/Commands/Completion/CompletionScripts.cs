namespace Mist.Cli.Commands.Completion;

/// <summary>
/// The shell functions behind <c>mist completion SHELL</c>. Each asks <c>mist</c> itself through System.CommandLine's
/// <c>[suggest:POSITION]</c> directive with the line typed so far, so completion always matches the binary that runs
/// (its commands, options, enum values, and <c>mist api</c>'s operationIds and paths) and needs no dotnet-suggest.
/// The directive reads the line only: it sends nothing and needs no credential.
/// </summary>
internal static class CompletionScripts
{
    public const string Bash = """
        # mist completion for bash. Load it now with: source <(mist completion bash)
        # or for every shell: mist completion bash > ~/.local/share/bash-completion/completions/mist
        _mist_complete() {
            local IFS=$'\n'
            local line="${COMP_LINE:0:COMP_POINT}"
            local candidates
            candidates=$("${COMP_WORDS[0]}" "[suggest:${#line}]" "$line" 2>/dev/null) || return 0
            COMPREPLY=($(compgen -W "$candidates" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _mist_complete mist
        """;

    public const string Zsh = """
        #compdef mist
        # mist completion for zsh. Load it now with: source <(mist completion zsh)
        # or for every shell: mist completion zsh > "${fpath[1]}/_mist"
        _mist() {
            local line="${(j: :)words[1,CURRENT]}"
            local -a candidates
            candidates=("${(@f)$(${words[1]} "[suggest:${#line}]" "$line" 2>/dev/null)}")
            compadd -a candidates
        }
        if (( $+functions[compdef] )); then compdef _mist mist; fi
        """;

    public const string Fish = """
        # mist completion for fish. Load it now with: mist completion fish | source
        # or for every shell: mist completion fish > ~/.config/fish/completions/mist.fish
        function __mist_complete
            set -l line (commandline -cp)
            mist "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c mist -f -a '(__mist_complete)'
        """;

    public const string PowerShell = """
        # mist completion for PowerShell. Load it now with: mist completion powershell | Out-String | Invoke-Expression
        # or for every session: add that line to $PROFILE
        Register-ArgumentCompleter -Native -CommandName mist -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = [Math]::Min($cursorPosition - $commandAst.Extent.StartOffset, $line.Length)
            mist "[suggest:$position]" $line 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;
}
