using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// The end of every bulk command: one row per item (with a <c>result</c> column), a summary on stderr, and the exit
/// code: 0 when every item is fine, 6 when some failed, 1 when all did, 3 when Ctrl-C cut the run short.
/// </summary>
internal static class BulkReport
{
    private static readonly string[] s_bad = ["failed", "interrupted", "not_started"];

    public static bool IsBad(JsonNode? row) => s_bad.Contains((string?)row?["result"], StringComparer.Ordinal);

    public static int Finish(CommandContext context, JsonArray rows, ResourceView view, bool cancelled, string? stopReason)
    {
        var summary = Summary(rows);
        var bad = rows.Count(IsBad);
        int code;
        if (cancelled)
        {
            code = ExitCodes.Cancelled;
            context.Output.Notice($"Interrupted: {summary}. Run the same command again to finish; it does not repeat what was done.");
        }
        else if (bad == 0)
        {
            code = ExitCodes.Success;
            context.Output.Success(rows.Count == 0 ? "Nothing to do." : $"Done: {summary}.");
        }
        else
        {
            code = bad == rows.Count ? ExitCodes.Failure : ExitCodes.Partial;
            context.Output.Notice($"{bad} of {rows.Count} not done ({summary}); see the reason column.{(stopReason is null ? string.Empty : " Stopped: " + stopReason)}");
        }

        context.Output.WriteList(rows, view);
        return code;
    }

    /// <summary>A dry run's exit code: what the run would end with, 6 when some rows fail, 1 when all do (nothing was sent either way).</summary>
    public static int PlanExitCode(JsonArray rows)
    {
        var bad = rows.Count(IsBad);
        return bad == 0 ? ExitCodes.Success : bad == rows.Count ? ExitCodes.Failure : ExitCodes.Partial;
    }

    /// <summary>"3 created, 1 updated, 296 unchanged": counts per result, in order of first appearance.</summary>
    public static string Summary(JsonArray rows) =>
        string.Join(", ", rows.GroupBy(r => (string?)r?["result"] ?? "unknown").Select(g => $"{g.Count()} {g.Key.Replace('_', ' ')}"));
}
