using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Inventory;

/// <summary>One result row per device of an assign, unassign or release, and the exit code they add up to.</summary>
internal static class InventoryChangeRows
{
    public static readonly ResourceView View = new(
        "result",
        new HashSet<string>(StringComparer.Ordinal) { "device", "mac", "serial", "name", "site_id", "result", "reason" },
        ["device", "mac", "name", "result", "reason"]);

    public static JsonArray From(IReadOnlyList<InventoryTarget> targets, InventoryChangeResult result, string done, Guid? siteId)
    {
        var rows = new JsonArray();
        foreach (var target in targets)
        {
            // The server names devices by MAC (or by serial for a release by serial).
            var outcome = result.Outcomes.FirstOrDefault(o => Same(o.Device, target));
            rows.Add((JsonNode)new JsonObject
            {
                ["device"] = target.Input,
                ["mac"] = target.Mac,
                ["serial"] = target.Item.Serial,
                ["name"] = target.Item.Name,
                ["site_id"] = (siteId ?? target.Item.SiteId)?.ToString(),
                ["result"] = outcome is { Succeeded: true } ? done : "failed",
                ["reason"] = outcome is null ? "The server did not report this device." : outcome.Reason,
            });
        }

        return rows;
    }

    /// <summary>0 when every row succeeded, 1 when none did, 6 (partial) otherwise.</summary>
    public static int ExitCode(int succeeded, int total) =>
        succeeded == total ? ExitCodes.Success : succeeded == 0 ? ExitCodes.Failure : ExitCodes.Partial;

    public static int ExitCode(JsonArray rows) =>
        ExitCode(rows.Count(r => r!["result"]!.GetValue<string>() != "failed"), rows.Count);

    /// <summary>Whether the device the server reported is the target.</summary>
    internal static bool Same(string reported, InventoryTarget target) =>
        (MacAddress.TryNormalize(reported, out var mac) && mac == target.Mac)
        || string.Equals(reported, target.Item.Serial, StringComparison.OrdinalIgnoreCase);
}
