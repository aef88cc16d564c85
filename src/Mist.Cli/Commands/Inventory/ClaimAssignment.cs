using System.Text.Json.Nodes;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// The <c>--site</c> step of a claim: the devices claimed or already in the org are assigned to the site, 100 MACs a
/// request, and each code's row gets the assignment's outcome. A device already on another site (its code comes
/// back "duplicated") is not moved unless <c>--reassign</c>: its row says "skipped" and names the site it stays on,
/// as <c>assign</c>'s <c>no_reassign</c> would.
/// </summary>
internal static class ClaimAssignment
{
    /// <summary>Returns whether Ctrl-C cut the assignment short.</summary>
    public static async Task<bool> AssignAsync(BulkRunner runner, MistSession session, Guid orgId, Mist.Site site, IEnumerable<JsonObject> rows, bool reassign, CancellationToken cancellationToken)
    {
        var claimed = rows.Where(r => (string?)r["status"] is "added" or "duplicated").ToList();
        if (!reassign)
        {
            claimed = await SkipDevicesOnOtherSitesAsync(session, orgId, site, claimed, cancellationToken).ConfigureAwait(false);
        }

        var macs = claimed.Select(r => (string?)r["mac"]).OfType<string>().Select(MacAddress.Normalize).Distinct().ToList();
        var batches = macs.Chunk(InventoryFileChange.MacsPerRequest).ToList();
        var run = await runner.RunAsync(
            "Assigning",
            batches,
            (batch, token) => IdempotentRetry.RunAsync(t => session.Client.Inventory.AssignAsync(orgId, site.Id, batch, noReassign: false, t), token),
            cancellationToken,
            batch => batch.Length).ConfigureAwait(false);
        var outcomes = new Dictionary<string, (bool Succeeded, string State, string? Reason)>(StringComparer.Ordinal);
        for (var i = 0; i < batches.Count; i++)
        {
            var slot = run.Slots[i];
            foreach (var mac in batches[i])
            {
                var outcome = slot.Result?.Outcomes.FirstOrDefault(o => MacAddress.TryNormalize(o.Device, out var m) && m == mac);
                outcomes[mac] = slot.State == BulkState.Done
                    ? (outcome is { Succeeded: true }, "failed", outcome is null ? "The server did not report this device." : outcome.Reason)
                    : (false, slot.State == BulkState.Failed ? "failed" : slot.ResultName, slot.Reason);
            }
        }

        foreach (var row in claimed)
        {
            var mac = (string?)row["mac"] is { } m ? MacAddress.Normalize(m) : null;
            row["site_id"] = site.Id.ToString();
            if (mac is not null && outcomes.TryGetValue(mac, out var outcome))
            {
                row["assignment"] = outcome.Succeeded ? "assigned" : outcome.State;
                row["assignment_reason"] = outcome.Reason;
            }
            else
            {
                row["assignment"] = "failed";
                row["assignment_reason"] = mac is null ? "Mist did not say which device the code is." : "The server did not report this device.";
            }
        }

        return run.Cancelled;
    }

    /// <summary>Marks the duplicated codes whose device is on another site as skipped; returns the rows left to assign.</summary>
    private static async Task<List<JsonObject>> SkipDevicesOnOtherSitesAsync(
        MistSession session, Guid orgId, Mist.Site site, List<JsonObject> claimed, CancellationToken cancellationToken)
    {
        var duplicated = claimed.Where(r => (string?)r["status"] == "duplicated" && (string?)r["mac"] is not null).ToList();
        if (duplicated.Count == 0)
        {
            return claimed;
        }

        var wanted = duplicated.Select(r => MacAddress.Normalize((string)r["mac"]!)).ToHashSet(StringComparer.Ordinal);
        var current = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var item in session.Client.Inventory.ListAsync(orgId, new InventoryListOptions { Type = DeviceType.All }).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item.Mac is { } mac && item.SiteId is { } siteId && siteId != site.Id && wanted.Contains(MacAddress.Normalize(mac)))
            {
                current[MacAddress.Normalize(mac)] = siteId;
            }
        }

        var names = new Dictionary<Guid, string>();
        var left = new List<JsonObject>();
        foreach (var row in claimed)
        {
            var mac = (string?)row["mac"] is { } m ? MacAddress.Normalize(m) : null;
            if ((string?)row["status"] != "duplicated" || mac is null || !current.TryGetValue(mac, out var siteId))
            {
                left.Add(row);
                continue;
            }

            if (!names.TryGetValue(siteId, out var name))
            {
                name = (await session.GetSiteAsync(siteId.ToString(), cancellationToken).ConfigureAwait(false)).Name ?? siteId.ToString();
                names[siteId] = name;
            }

            row["site_id"] = siteId.ToString();
            row["assignment"] = "skipped";
            row["assignment_reason"] = $"Already on site {name}; not moved (add --reassign to move it).";
        }

        return left;
    }
}
