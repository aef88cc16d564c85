namespace Mist.Cli.Tests.Docs;

/// <summary>
/// Runs every command block of one doc file in order and returns what failed, each with its file:line and output.
/// <list type="bullet">
/// <item><c>```sh</c> / <c>```bash</c>: the block is one <c>bash</c> script run with <c>set -euo pipefail</c>; the first
/// command that fails fails the block, reported at its own line.</item>
/// <item><c>```console</c>: each <c>$ command</c> runs on its own, formatted as on a terminal (<c>MIST_FORCE_TTY</c>),
/// and the lines up to the next <c>$</c> are its output, compared by <see cref="DocOutput"/>. It must exit 0, unless it
/// is followed by <c>$ echo $?</c> (whose shown number must be its exit code) or its shown output has an
/// <c>error:</c> line (then it must fail). A command shown without output is run, not compared.</item>
/// </list>
/// </summary>
internal static class DocFileRun
{
    public static async Task<IReadOnlyList<string>> RunAsync(string file, string[] lines, CancellationToken cancellationToken)
    {
        var (blocks, problems) = DocBlocks.Parse(file, lines);
        var failures = new List<string>(problems);
        using var runner = new DocRunner();
        foreach (var block in blocks)
        {
            if (block.WritesFile is { } name && !block.IsCommand)
            {
                await File.WriteAllLinesAsync(Path.Combine(runner.WorkDir, name), block.Lines, cancellationToken);
                continue;
            }

            if (!block.IsCommand || block.NoRunReason is not null)
            {
                continue;
            }

            if (block.Language == "console")
            {
                await RunConsoleAsync(block, runner, failures, cancellationToken);
            }
            else
            {
                await RunScriptAsync(block, runner, failures, cancellationToken);
            }
        }

        return failures;
    }

    private static async Task RunScriptAsync(DocBlock block, DocRunner runner, List<string> failures, CancellationToken cancellationToken)
    {
        // The runner adds one line before the script, and this header two: block line k (1-based) is script line 3 + k.
        var offset = block.FenceLine - 3;
        var script = "set -euo pipefail\n"
            + $"trap 'echo \"[docs] exit $? at {block.File}:$((LINENO + {offset}))\"' ERR\n"
            + string.Join('\n', block.Lines.Select(Rewrite));
        var (code, output) = await runner.RunAsync(script, terminal: false, cancellationToken);
        if (code != 0)
        {
            failures.Add($"{block.Where}: ```{block.Language} block failed with exit {code}:\n{Tail(output)}");
        }
    }

    private static async Task RunConsoleAsync(DocBlock block, DocRunner runner, List<string> failures, CancellationToken cancellationToken)
    {
        var steps = Steps(block, failures);
        var previousExit = 0;
        for (var s = 0; s < steps.Count; s++)
        {
            var (line, command, shown) = steps[s];
            var where = $"{block.File}:{line}";
            if (command.Trim() == "echo $?")
            {
                var expectedCode = string.Join('\n', shown).Trim();
                if (expectedCode != previousExit.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    failures.Add($"{where}: the doc shows exit {expectedCode}, the command before exited {previousExit}.");
                }

                continue;
            }

            var (code, output) = await runner.RunAsync("set -o pipefail\n" + Rewrite(command), terminal: true, cancellationToken);
            previousExit = code;
            var exitChecked = s + 1 < steps.Count && steps[s + 1].Command.Trim() == "echo $?";
            var showsError = shown.Any(l => l.StartsWith("error:", StringComparison.Ordinal));
            if (!exitChecked && (showsError ? code == 0 : code != 0))
            {
                failures.Add($"{where}: $ {command}\nexited {code}{(showsError ? " but the doc shows an error" : string.Empty)}:\n{Tail(output)}");
                continue;
            }

            var expected = DocOutput.Expected(shown);
            var actual = DocOutput.Actual(output);
            if (expected.Count > 0 && !DocOutput.Matches(expected, actual))
            {
                failures.Add($"{where}: $ {command}\nthe output differs from the doc's.\n--- doc (normalised) ---\n{string.Join('\n', expected)}\n"
                    + $"--- printed (normalised) ---\n{string.Join('\n', actual)}");
            }
        }
    }

    private static List<(int Line, string Command, List<string> Shown)> Steps(DocBlock block, List<string> failures)
    {
        var steps = new List<(int Line, string Command, List<string> Shown)>();
        for (var k = 0; k < block.Lines.Count; k++)
        {
            var text = block.Lines[k];
            if (text.StartsWith("$ ", StringComparison.Ordinal))
            {
                var line = block.FenceLine + 1 + k;
                var command = text[2..];
                while (command.EndsWith('\\') && k + 1 < block.Lines.Count)
                {
                    command = command[..^1] + "\n" + block.Lines[++k];
                }

                steps.Add((line, command, []));
            }
            else if (steps.Count > 0)
            {
                steps[^1].Shown.Add(text);
            }
            else if (text.Trim().Length > 0)
            {
                failures.Add($"{block.File}:{block.FenceLine + 1 + k}: a ```console block starts with `$ command`; this line comes before any: {text}");
            }
        }

        return steps;
    }

    /// <summary>The end of a long output: the lines that say what went wrong.</summary>
    private static string Tail(string output)
    {
        var lines = output.TrimEnd().Split('\n');
        return lines.Length <= 40 ? string.Join('\n', lines) : $"[... {lines.Length - 40} line(s) before ...]\n" + string.Join('\n', lines[^40..]);
    }

    private static string Rewrite(string line) =>
        line.TrimStart().StartsWith(DocRunner.DotnetRun, StringComparison.Ordinal)
            ? line.Replace(DocRunner.DotnetRun, "mist ", StringComparison.Ordinal)
            : line;
}
