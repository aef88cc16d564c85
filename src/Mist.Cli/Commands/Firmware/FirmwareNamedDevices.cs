using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Session;
using Target = Mist.Cli.Commands.Firmware.FirmwareUpgradeCommand.Target;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// The devices a firmware upgrade names (DEVICE... or <c>--file</c>), each with its site and stats. A few are looked
/// up one by one; many are found in one listing of the org's inventory, with one stats listing per site and one
/// listing of the sites, so a file of 500 devices costs a handful of requests, not 1,500. Every device that cannot be
/// upgraded (not in the org, named ambiguously, on no site) is reported in one message, and nothing is sent.
/// </summary>
internal static class FirmwareNamedDevices
{
    /// <summary>
    /// From this many names on, listing the inventory (1,000 devices a request) costs less than a search and a stats
    /// read per device, up to orgs of about 20,000 devices.
    /// </summary>
    public const int ListingThreshold = 20;

    public static async Task<List<Target>> ResolveAsync(CommandContext context, MistSession session, IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var distinct = refs.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var problems = new List<(string Ref, string Problem, int Exit)>();
        var items = distinct.Count < ListingThreshold
            ? await LookUpEachAsync(session, distinct, problems, cancellationToken).ConfigureAwait(false)
            : await FindInInventoryAsync(context, session, distinct, problems, cancellationToken).ConfigureAwait(false);
        foreach (var (deviceRef, item) in items.Where(i => i.Item.SiteId is null))
        {
            problems.Add((deviceRef, $"{item.Mac} is on no site; assign it first with `mist inventory assign {item.Mac} --site SITE`", ExitCodes.Failure));
        }

        if (problems.Count > 0)
        {
            var exit = problems.Any(p => p.Exit == ExitCodes.Usage) ? ExitCodes.Usage : problems.Any(p => p.Exit == ExitCodes.Failure) ? ExitCodes.Failure : ExitCodes.NotFound;
            throw new CliException(
                $"{problems.Count} of the {distinct.Count} devices named cannot be upgraded; nothing was sent:\n" + string.Join('\n', problems.Select(p => $"  {p.Ref}: {p.Problem}")),
                exit);
        }

        // The same device named twice (two MAC notations, a MAC and its name) is upgraded once.
        var unique = items.Select(i => i.Item).DistinctBy(i => i.Mac).ToList();
        return await WithStatsAsync(session, unique, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<(string Ref, InventoryItem Item)>> LookUpEachAsync(
        MistSession session, List<string> refs, List<(string, string, int)> problems, CancellationToken cancellationToken)
    {
        var found = new List<(string, InventoryItem)>();
        foreach (var deviceRef in refs)
        {
            try
            {
                found.Add((deviceRef, await session.GetDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false)));
            }
            catch (CliException e) when (e.ExitCode is ExitCodes.NotFound or ExitCodes.Usage)
            {
                problems.Add((deviceRef, e.ExitCode == ExitCodes.NotFound ? "not in the org (by id, MAC, serial or name)" : e.Message, e.ExitCode));
            }
        }

        return found;
    }

    private static async Task<List<(string Ref, InventoryItem Item)>> FindInInventoryAsync(
        CommandContext context, MistSession session, List<string> refs, List<(string, string, int)> problems, CancellationToken cancellationToken)
    {
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var byMac = new Dictionary<string, InventoryItem>(StringComparer.Ordinal);
        var bySerial = new Dictionary<string, InventoryItem>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<Guid, InventoryItem>();
        var byName = new Dictionary<string, List<InventoryItem>>(StringComparer.Ordinal);
        var listing = session.Client.Inventory.ListAsync(orgId, new InventoryListOptions { Type = DeviceType.All });
        await foreach (var item in listing.WithProgressAsync(context.Console, "inventory", cancellationToken).ConfigureAwait(false))
        {
            if (item.Mac is null)
            {
                continue;
            }

            var normalized = item with { Mac = MacAddress.Normalize(item.Mac) };
            byMac[normalized.Mac!] = normalized;
            byId[normalized.Id ?? MacAddress.ToDeviceId(normalized.Mac!)] = normalized;
            if (item.Serial is { Length: > 0 } serial)
            {
                bySerial[serial] = normalized;
            }

            if (item.Name is { Length: > 0 } name)
            {
                (byName.TryGetValue(name, out var same) ? same : byName[name] = []).Add(normalized);
            }
        }

        var found = new List<(string, InventoryItem)>();
        foreach (var deviceRef in refs)
        {
            InventoryItem? item = MacAddress.TryNormalize(deviceRef, out var mac) && byMac.TryGetValue(mac, out var m) ? m
                : Guid.TryParse(deviceRef, out var id) && byId.TryGetValue(id, out var i) ? i
                : bySerial.GetValueOrDefault(deviceRef);
            if (item is null && byName.TryGetValue(deviceRef, out var named))
            {
                if (named.Count > 1)
                {
                    problems.Add((deviceRef, $"{named.Count} devices have this name ({string.Join(", ", named.Select(n => n.Mac))}); give a MAC or serial", ExitCodes.Usage));
                    continue;
                }

                item = named[0];
            }

            if (item is null)
            {
                problems.Add((deviceRef, "not in the org (by id, MAC, serial or name)", ExitCodes.NotFound));
            }
            else
            {
                found.Add((deviceRef, item));
            }
        }

        return found;
    }

    /// <summary>Each device's stats and site name: one stats listing for a site with two or more of the devices (sites rarely hold 1,000), a read for a lone one.</summary>
    private static async Task<List<Target>> WithStatsAsync(MistSession session, List<InventoryItem> items, CancellationToken cancellationToken)
    {
        var siteNames = new Dictionary<Guid, string?>();
        var bySite = items.GroupBy(i => i.SiteId!.Value).ToList();
        if (bySite.Count > 1 && items.Count >= ListingThreshold)
        {
            var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var site in session.Client.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                siteNames[site.Id] = site.Name;
            }
        }

        var targets = new List<Target>();
        foreach (var site in bySite)
        {
            if (!siteNames.TryGetValue(site.Key, out var siteName))
            {
                siteName = siteNames[site.Key] = (await session.GetSiteAsync(site.Key.ToString(), cancellationToken).ConfigureAwait(false)).Name;
            }

            var ids = site.Select(i => i.Id ?? MacAddress.ToDeviceId(i.Mac!)).ToList();
            if (ids.Count >= 2)
            {
                var wanted = ids.ToHashSet();
                await foreach (var stats in session.Client.Devices.ListSiteStatsAsync(site.Key, DeviceType.All).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (wanted.Remove(stats.Id))
                    {
                        targets.Add(new Target(site.Key, siteName, stats));
                    }
                }

                ids = [.. wanted]; // devices the listing did not return (just assigned, say) are read one by one
            }

            foreach (var id in ids)
            {
                targets.Add(new Target(site.Key, siteName, await session.Client.Devices.GetStatsAsync(site.Key, id, cancellationToken).ConfigureAwait(false)));
            }
        }

        return targets;
    }
}
