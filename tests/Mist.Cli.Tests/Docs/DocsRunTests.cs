using Mist.Cli.Tests.Docs;

namespace Mist.Cli.Tests;

/// <summary>
/// Docs are code: every command block of the README, docs/*.md and the agent skill runs, in order, against a fresh
/// embedded simulator, and the output a doc shows is the output printed (see <see cref="DocFileRun"/> and
/// <see cref="DocOutput"/> for the rules). A block that cannot run carries <c>&lt;!-- no-run: reason --&gt;</c>.
/// </summary>
public class DocsRunTests
{
    public static TheoryData<string> DocFiles() => new(DocFilePaths());

    internal static List<string> DocFilePaths()
    {
        var files = new List<string> { "README.md" };
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs"), "*.md").Order(StringComparer.Ordinal).Select(d => "docs/" + Path.GetFileName(d)));
        files.Add("skills/mist/SKILL.md");
        return files;
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public async Task Every_command_block_runs_in_order_and_prints_what_the_doc_shows(string file)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(RepositoryRoot(), file), TestContext.Current.CancellationToken);

        var failures = await DocFileRun.RunAsync(file, lines, TestContext.Current.CancellationToken);

        Assert.True(failures.Count == 0, $"{failures.Count} doc block(s) failed:\n\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_doc_file_has_command_blocks_and_every_no_run_marker_a_reason()
    {
        var problems = new List<string>();
        foreach (var file in DocFilePaths())
        {
            var (blocks, parseProblems) = DocBlocks.Parse(file, File.ReadAllLines(Path.Combine(RepositoryRoot(), file)));
            problems.AddRange(parseProblems);
            problems.AddRange(blocks.Where(b => b.NoRunReason is { Length: 0 }).Select(b => $"{b.Where}: a no-run marker without a reason."));
            if (!blocks.Any(b => b.IsCommand && b.NoRunReason is null) && file is "README.md" or "docs/cli.md" or "skills/mist/SKILL.md")
            {
                problems.Add($"{file}: no command block runs.");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_readme_keeps_its_two_commands_word_for_word_and_runs_the_simulator_one()
    {
        var (blocks, _) = DocBlocks.Parse("README.md", File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")));

        var test = Assert.Single(blocks, b => b.IsCommand && b.Lines.SequenceEqual(["dotnet test"]));
        var run = Assert.Single(blocks, b => b.IsCommand && b.Lines.SequenceEqual(["dotnet run --project src/Mist.Cli -- site list"]));

        // Running the tests from inside the tests would never end; the simulator command is run like any other.
        Assert.NotNull(test.NoRunReason);
        Assert.Null(run.NoRunReason);
    }

    [Fact]
    public async Task A_wrong_output_a_failing_line_and_a_marker_without_reason_are_each_reported_with_file_and_line()
    {
        string[] doc =
        [
            "# Sample",                                     // 1
            "```console",                                   // 2
            "$ mist org list -o json --fields name",        // 3
            "[",                                            // 4
            "  {",                                          // 5
            "    \"name\": \"Fabrikam\"",                   // 6
            "  }",                                          // 7
            "]",                                            // 8
            "$ mist site view Nowhere",                     // 9
            "$ mist site view Nowhere",                     // 10
            "$ echo $?",                                    // 11
            "4",                                            // 12
            "```",                                          // 13
            "",                                             // 14
            "```sh",                                        // 15
            "# a comment",                                  // 16
            "mist org list \\",                             // 17
            "  -o json",                                    // 18
            "mist site view 'Nowhere at all'",              // 19
            "mist org list",                                // 20
            "```",                                          // 21
            "<!-- no-run -->",                              // 22
            "```sh",                                        // 23
            "mist org list",                                // 24
            "```",                                          // 25
            "<!-- no-run: it never ends -->",               // 26
            "```sh",                                        // 27
            "mist sim serve",                               // 28
            "```",                                          // 29
        ];

        var failures = await DocFileRun.RunAsync("sample.md", doc, TestContext.Current.CancellationToken);

        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("sample.md:22: a no-run marker must read", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sample.md:3: $ mist org list", StringComparison.Ordinal) && f.Contains("\"name\": \"Contoso\"", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sample.md:9: $ mist site view Nowhere\nexited 5", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sample.md:11: the doc shows exit 4, the command before exited 5", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sample.md:15: ```sh block failed with exit 5", StringComparison.Ordinal)
            && f.Contains("[docs] exit 5 at sample.md:19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Paris 001  363f593a-4ff8-468f-a1d5-db09b31f3e81  10 months ago", "Paris 001 6d395a93-8da3-442b-befc-419b7a6d69a8 just now", true)]
    [InlineData("\"exported_at\": \"2026-11-26T14:01:48Z\",", "\"exported_at\": \"2025-01-02T03:04:05Z\",", true)]
    [InlineData("admin       ftIt92Xn…   org admin", "admin  ftIt92XnglA7yW6hEtdDwx   org admin", true)]
    [InlineData("Paris 001", "Paris 002", false)]
    [InlineData("\"created\": true", "\"created\": false", false)]
    public void Output_is_compared_after_normalising_ids_times_spaces_and_ellipses(string shown, string printed, bool same)
    {
        Assert.Equal(same, DocOutput.Matches(DocOutput.Expected([shown]), DocOutput.Actual(printed)));
    }

    [Fact]
    public void A_lone_ellipsis_line_stands_for_any_number_of_lines_and_nothing_else_is_skipped()
    {
        var shown = DocOutput.Expected(["{", "  \"a\": 1,", "  …", "}"]);

        Assert.True(DocOutput.Matches(shown, DocOutput.Actual("Using the embedded Mist simulator (x).\n{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n")));
        Assert.True(DocOutput.Matches(shown, DocOutput.Actual("{\n  \"a\": 1,\n}")));
        Assert.False(DocOutput.Matches(shown, DocOutput.Actual("{\n  \"a\": 2,\n  \"b\": 2\n}")));
        Assert.False(DocOutput.Matches(shown, DocOutput.Actual("{\n  \"a\": 1,\n}\nextra")));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mist.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mist.slnx not found above " + AppContext.BaseDirectory);
    }
}
