using System.Diagnostics;

namespace Mist.Cli.Tests;

/// <summary>
/// <c>mist completion SHELL</c> and the <c>[suggest]</c> directive its scripts call: commands, and <c>mist api</c>'s
/// operationIds and paths, with nothing sent.
/// </summary>
public class CompletionTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _mist_complete mist")]
    [InlineData("zsh", "#compdef mist")]
    [InlineData("fish", "complete -c mist -f -a '(__mist_complete)'")]
    [InlineData("PowerShell", "Register-ArgumentCompleter -Native -CommandName mist")]
    public async Task Each_shell_gets_a_script_that_asks_mist_itself(string shell, string line)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(line, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("tcsh")]
    [InlineData("1")]
    public async Task An_unknown_shell_is_a_usage_error(string shell)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("completion", shell);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{shell}' is not a shell mist completes", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mist api listOrgWl", "listOrgWlans")]
    [InlineData("mist api orgs/{org_id}/wlan", "orgs/{org_id}/wlans/{wlan_id}")]
    [InlineData("mist api /api/v1/sites/{site_id}/wlans/d", "/api/v1/sites/{site_id}/wlans/derived")]
    [InlineData("mist wl", "wlan")]
    [InlineData("mist completion f", "fish")]
    public async Task The_suggest_directive_completes_commands_operation_ids_and_paths(string line, string expected)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync($"[suggest:{line.Length}]", line);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Stdout.Split('\n', StringSplitOptions.TrimEntries));
        Assert.Equal(0, cli.Simulator.Counters.Total);
    }

    [Fact]
    public async Task The_bash_script_completes_an_operation_id_in_a_real_bash()
    {
        if (!File.Exists("/bin/bash"))
        {
            Assert.Skip("bash is not installed.");
        }

        await using var cli = await CliHarness.StartAsync();
        var script = Path.Combine(Path.GetTempPath(), $"mist-completion-{Guid.NewGuid():N}.bash");
        await File.WriteAllTextAsync(script, (await cli.RunAsync("completion", "bash")).Stdout, TestContext.Current.CancellationToken);
        try
        {
            // `mist` is a function running this build's CLI; COMP_* are what bash sets for "mist api listOrgWl<TAB>".
            var mistDll = Path.Combine(AppContext.BaseDirectory, "mist.dll");
            var driver = $$"""
                mist() { dotnet '{{mistDll}}' "$@"; }
                source '{{script}}'
                COMP_LINE='mist api listOrgWl'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(mist api listOrgWl); COMP_CWORD=2
                _mist_complete
                printf '%s\n' "${COMPREPLY[@]}"
                """;
            var start = new ProcessStartInfo("/bin/bash", ["-c", driver]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["MIST_CONFIG_DIR"] = Path.Combine(Path.GetTempPath(), $"mist-completion-{Guid.NewGuid():N}");
            using var bash = Process.Start(start)!;
            var output = await bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await bash.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.Equal(["listOrgWlans"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
