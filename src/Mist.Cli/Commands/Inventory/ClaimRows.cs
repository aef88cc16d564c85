using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Inventory;

/// <summary>The rows of a claim: one per code, with Mist's status and reason, and the assignment when <c>--site</c> was given.</summary>
internal static class ClaimRows
{
    public static JsonObject From(ClaimOutcome outcome) => new()
    {
        ["code"] = outcome.Code,
        ["status"] = outcome.Status switch { ClaimStatus.Added => "added", ClaimStatus.Duplicated => "duplicated", _ => "error" },
        ["reason"] = outcome.Reason,
        ["mac"] = outcome.Device?.Mac,
        ["serial"] = outcome.Device?.Serial,
        ["model"] = outcome.Device?.Model,
        ["type"] = outcome.Device?.Type?.Value,
    };

    /// <summary>A code with no outcome: its batch failed, was cut off, or never started (<paramref name="status"/> says which).</summary>
    public static JsonObject Unclaimed(string code, string status, string? reason) => new()
    {
        ["code"] = code,
        ["status"] = status,
        ["reason"] = reason,
    };

    /// <summary>One row per code of a batch, in the batch's order; a code Mist did not mention is an error.</summary>
    public static IEnumerable<JsonObject> ForBatch(IReadOnlyList<string> codes, ClaimResult result)
    {
        var byCode = result.Outcomes.GroupBy(o => o.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return codes.Select(code => byCode.TryGetValue(code, out var outcome)
            ? From(outcome)
            : Unclaimed(code, "error", "Mist did not report this code."));
    }

    public static bool Failed(JsonNode? row) =>
        (string?)row?["status"] is "error" or "interrupted" or "not_started" || (string?)row?["assignment"] is "failed" or "interrupted" or "not_started";
}
