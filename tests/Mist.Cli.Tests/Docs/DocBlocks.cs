using System.Text.RegularExpressions;

namespace Mist.Cli.Tests.Docs;

/// <summary>A fenced block of a Markdown file: its language, its first content line (1-based) and its lines.</summary>
internal sealed record DocBlock(string File, int FenceLine, string Language, IReadOnlyList<string> Lines, string? NoRunReason, string? WritesFile)
{
    /// <summary>Shell (<c>sh</c>, <c>bash</c>) and <c>console</c> blocks are run; the others are data.</summary>
    public bool IsCommand => Language is "sh" or "bash" or "console";

    public string Where => $"{File}:{FenceLine}";
}

/// <summary>
/// Reads the fenced blocks of a doc file. A block is marked not to run by the comment
/// <c>&lt;!-- no-run: reason --&gt;</c> on the last non-blank line before its fence; a block of any language right after
/// a line that is only <c>`name.ext`:</c> is that file's content, written to the working directory before the next
/// command block runs.
/// </summary>
internal static partial class DocBlocks
{
    public static (IReadOnlyList<DocBlock> Blocks, IReadOnlyList<string> Problems) Parse(string file, string[] lines)
    {
        var blocks = new List<DocBlock>();
        var problems = new List<string>();
        var usedMarkers = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var language = fence.Groups[1].Value.ToLowerInvariant();
            var start = i;
            var content = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                content.Add(lines[i]);
            }

            if (i >= lines.Length)
            {
                problems.Add($"{file}:{start + 1}: the ``` block is never closed.");
            }

            var before = start - 1;
            while (before >= 0 && lines[before].Trim().Length == 0)
            {
                before--;
            }

            string? reason = null;
            string? writes = null;
            if (before >= 0)
            {
                var marker = NoRun().Match(lines[before]);
                if (marker.Success)
                {
                    usedMarkers.Add(before);
                    reason = marker.Groups[1].Value.Trim();
                }

                var named = NamedFile().Match(lines[before]);
                if (named.Success)
                {
                    writes = named.Groups[1].Value;
                }
            }

            blocks.Add(new DocBlock(file, start + 1, language, content, reason, writes));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("no-run", StringComparison.Ordinal) || !lines[i].TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            var marker = NoRun().Match(lines[i]);
            if (!marker.Success || marker.Groups[1].Value.Trim().Length == 0)
            {
                problems.Add($"{file}:{i + 1}: a no-run marker must read `<!-- no-run: reason -->` with a reason: {lines[i].Trim()}");
            }
            else if (!usedMarkers.Contains(i))
            {
                problems.Add($"{file}:{i + 1}: this no-run marker is not right before a ``` block.");
            }
        }

        foreach (var block in blocks.Where(b => b.NoRunReason is not null && !b.IsCommand))
        {
            problems.Add($"{block.Where}: a no-run marker on a ```{block.Language} block, which never runs.");
        }

        return (blocks, problems);
    }

    [GeneratedRegex(@"^```([A-Za-z]*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*no-run:(.*?)-->\s*$")]
    private static partial Regex NoRun();

    [GeneratedRegex(@"^`([A-Za-z0-9_.-]+\.[A-Za-z0-9]+)`:\s*$")]
    private static partial Regex NamedFile();
}
