using System.Text.Json.Nodes;
using Mist.Cli.Output;
using Mist.Cli.Session;
using Target = Mist.Cli.Commands.Firmware.FirmwareUpgradeCommand.Target;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// <c>mist firmware upgrade --all-sites --version V [--type T] [--model M]</c>: one org upgrade
/// (<c>POST /orgs/{org_id}/devices/upgrade</c>) of the sites that have a device to upgrade, after the org's devices of
/// the type were read from their stats (<c>GET /orgs/{org_id}/stats/devices</c>, with one listing of the org's sites
/// for their names) so that devices already on V are
/// reported skipped and the confirmation says how many devices reboot. Confirmed by typing the org's name. Then each
/// site upgrade it started is followed, and every device gets one row.
/// </summary>
internal sealed class FirmwareOrgUpgrade(CommandContext context, MistSession session, ResourceView view, string? strategy, bool noWait)
{
    public async Task<int> RunAsync(string version, string? type, string? model, CancellationToken cancellationToken)
    {
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var deviceType = type is null ? DeviceType.AccessPoint : new DeviceType(type);
        // One listing of the org's sites names them in the progress of each site upgrade.
        var siteNames = new Dictionary<Guid, string?>();
        await foreach (var site in session.Client.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            siteNames[site.Id] = site.Name;
        }

        var targets = new List<Target>();
        await foreach (var stats in session.Client.Devices.ListStatsAsync(orgId, deviceType).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // A device on no site has nothing to upgrade it: org upgrades run per site.
            if (stats.SiteId is { } siteId && (model is null || string.Equals(stats.Model, model, StringComparison.OrdinalIgnoreCase)))
            {
                targets.Add(new Target(siteId, siteNames.GetValueOrDefault(siteId), stats));
            }
        }

        var stable = version == "stable";
        var skipped = targets.Where(t => !stable && t.Stats.Version == version).ToList();
        var toUpgrade = targets.Except(skipped).ToList();
        var results = new List<JsonObject>(skipped.Select(t => FirmwareUpgradeCommand.Result(t, null, "skipped (already on the version)", t.Stats.Version)));
        if (toUpgrade.Count == 0)
        {
            context.Output.Notice(targets.Count == 0 ? "No device of the org matches; nothing to upgrade." : $"Every device already runs {version}; nothing to upgrade.");
            Write(results);
            return ExitCodes.Success;
        }

        var sites = toUpgrade.Select(t => t.SiteId).Distinct().ToList();
        var org = await session.Client.Orgs.GetAsync(orgId, cancellationToken).ConfigureAwait(false);
        await context.ConfirmAsync(
            $"upgrade {toUpgrade.Count} device(s) on {sites.Count} site(s) of org '{org.Name}' to {version} (they reboot)",
            org.Name ?? orgId.ToString(),
            cancellationToken).ConfigureAwait(false);

        var options = new OrgUpgradeOptions(version, deviceType) { Strategy = strategy };
        foreach (var site in sites)
        {
            options.SiteIds.Add(site);
        }

        if (model is not null)
        {
            options.Models.Add(model);
        }

        var upgrade = await session.Client.Firmware.UpgradeOrgAsync(orgId, options, cancellationToken).ConfigureAwait(false);
        var started = (upgrade.Upgrades ?? []).Where(u => u.SiteId is not null && u.Upgrade is not null).ToDictionary(u => u.SiteId!.Value, u => u.Upgrade!.Id);
        context.Output.Notice($"Started org upgrade {upgrade.Id}: {started.Count} site upgrade(s).");
        if (noWait)
        {
            results.AddRange(toUpgrade.Select(t => FirmwareUpgradeCommand.Result(t, upgrade.Id, started.ContainsKey(t.SiteId) ? "started" : "failed: no upgrade started on its site", t.Stats.Version)));
            Write(results);
            return FirmwareUpgradeCommand.Exit(results, toUpgrade.Count, skipped.Count);
        }

        foreach (var group in toUpgrade.GroupBy(t => t.SiteId))
        {
            if (!started.TryGetValue(group.Key, out var siteUpgradeId))
            {
                results.AddRange(group.Select(t => FirmwareUpgradeCommand.Result(t, null, "failed: no upgrade started on its site", t.Stats.Version)));
                continue;
            }

            var devices = group.ToList();
            var done = await FirmwareUpgradeCommand.FollowAsync(context, session, group.Key, siteUpgradeId, devices[0].SiteName, devices.Count, cancellationToken).ConfigureAwait(false);
            foreach (var t in devices)
            {
                var (result, now) = FirmwareUpgradeCommand.Outcome(done, t, version);
                results.Add(FirmwareUpgradeCommand.Result(t, siteUpgradeId, result, now));
            }
        }

        Write(results);
        return FirmwareUpgradeCommand.Exit(results, toUpgrade.Count, skipped.Count);
    }

    private void Write(List<JsonObject> results) => context.Output.WriteList(new JsonArray([.. results]), view);
}
