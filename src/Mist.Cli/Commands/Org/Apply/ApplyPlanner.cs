using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;

namespace Mist.Cli.Commands.Org.Apply;

/// <summary>What to do with an object of the file that exists in the target and differs.</summary>
internal enum ConflictPolicy
{
    /// <summary>Update the target's object to match (only the fields that differ).</summary>
    Replace,

    /// <summary>Leave it as it is.</summary>
    Skip,

    /// <summary>Create the file's object beside it, named "NAME (imported)".</summary>
    Rename,
}

/// <summary>
/// Compares the file with the target org (both read as <see cref="ConfigDocument"/>s) and lists the steps that make
/// the target match: creates, updates of only the fields that differ, and with prune the deletes, in dependency
/// order. Objects are matched by name, so running the plan twice, or again after a failure, only does what is left.
/// </summary>
internal sealed class ApplyPlanner(ConfigDocument file, ConfigDocument target, IReadOnlyList<ConfigCollectionInfo> orgCollections, IReadOnlyList<ConfigCollectionInfo> siteCollections, ConflictPolicy policy)
{
    public const string RenameSuffix = " (imported)";

    private const int SiteTier = 100;
    private const int SiteSettingTier = 101;
    private const int SiteObjectTier = 102;
    private const int DeviceTier = 200;
    private const int DeleteTier = 300;

    /// <summary>Site renames (<c>--on-conflict rename</c>): the file's site name to the target's.</summary>
    private readonly Dictionary<string, string> _siteNames = new(StringComparer.Ordinal);

    /// <summary>The file's address of each object to its address in the target: the ids of what a reference names are looked up there.</summary>
    public Dictionary<string, string> TargetAddresses { get; } = new(StringComparer.Ordinal);

    public List<ApplyStep> Plan(bool prune)
    {
        var steps = new List<ApplyStep>();
        foreach (var entry in file.Entries)
        {
            if (entry.Kind != ConfigKind.Inventory && PlanOne(entry) is { } step)
            {
                steps.Add(step);
            }
        }

        if (prune)
        {
            steps.AddRange(Deletes());
        }

        return [.. steps.OrderBy(s => s.Tier)];
    }

    private ApplyStep? PlanOne(ConfigEntry entry)
    {
        var collection = entry.Kind switch
        {
            ConfigKind.OrgObject => orgCollections.FirstOrDefault(c => c.Key == entry.Collection),
            ConfigKind.SiteObject => siteCollections.FirstOrDefault(c => c.Key == entry.Collection),
            _ => null,
        };
        if (entry.Kind is ConfigKind.OrgObject or ConfigKind.SiteObject && collection is null)
        {
            return null; // a collection this mist does not apply (excluded, or unknown to it)
        }

        var tier = Tier(entry, collection);
        var address = SiteRenamed(entry);
        var desired = file.Normalized(entry);
        target.ByAddress.TryGetValue(address, out var existing);
        if (entry.Kind == ConfigKind.Device && existing is null)
        {
            return Unassigned(entry, address, tier, desired);
        }

        if (existing is null && entry.Kind is ConfigKind.SiteSetting or ConfigKind.OrgSetting)
        {
            // A site created by this run: its setting exists once the site does, and is set with a PUT.
            var setting = Placeholders.Fill(desired, null) as JsonObject ?? [];
            return new ApplyStep
            {
                Action = setting.Count == 0 ? ApplyAction.Unchanged : ApplyAction.Update,
                Entry = entry,
                Address = address,
                Tier = tier,
                Body = setting,
                Changes = [.. ConfigDiff.Fields([], setting)],
            };
        }

        if (existing is null)
        {
            TargetAddresses[entry.Address] = address;
            return Create(entry, address, tier, collection, desired);
        }

        var current = target.Normalized(existing);
        var changed = desired.Where(p => !current.ContainsKey(p.Key) || !ConfigDiff.Same(p.Value, current[p.Key])).Select(p => p.Key).ToList();
        if (changed.Count == 0)
        {
            TargetAddresses[entry.Address] = address;
            return new ApplyStep { Action = ApplyAction.Unchanged, Entry = entry, Address = address, Tier = tier, Collection = collection, TargetId = existing.Id };
        }

        var named = entry.Kind is ConfigKind.OrgObject or ConfigKind.SiteObject or ConfigKind.Site;
        if (named && policy == ConflictPolicy.Skip)
        {
            TargetAddresses[entry.Address] = address;
            return new ApplyStep { Action = ApplyAction.Skip, Entry = entry, Address = address, Tier = tier, Collection = collection, TargetId = existing.Id };
        }

        if (named && policy == ConflictPolicy.Rename)
        {
            return Renamed(entry, tier, collection, desired);
        }

        TargetAddresses[entry.Address] = address;
        if (named && changed.Any(key => Placeholders.Drops(desired[key], current[key])))
        {
            return MissingSecret(entry, address, tier, collection, existing.Id);
        }

        var body = new JsonObject();
        foreach (var key in changed)
        {
            if (Placeholders.Fill(desired[key], current[key]) is { } value)
            {
                body[key] = value;
            }
        }

        return new ApplyStep
        {
            Action = body.Count == 0 ? ApplyAction.Unchanged : ApplyAction.Update,
            Entry = entry,
            Address = address,
            Tier = tier,
            Collection = collection,
            TargetId = existing.Id,
            DeviceSiteId = ConfigJson.Text(existing.Value["site_id"]),
            Body = body,
            Changes = [.. ConfigDiff.Fields(current, desired).Where(c => body.ContainsKey(TopKey(c.Path)))],
        };
    }

    /// <summary>
    /// A device of the file the target does not have on a site: when its inventory holds it unassigned (its site was
    /// deleted, say), it is assigned to the file's site and configured; otherwise it is absent (never claimed).
    /// </summary>
    private ApplyStep Unassigned(ConfigEntry entry, string address, int tier, JsonObject desired)
    {
        var siteAddress = ConfigJson.Text(entry.Value["site_id"]) is { } siteId ? file.AddressOf(siteId) : null;
        if (siteAddress is null
            || !target.ByAddress.TryGetValue("inventory/" + entry.Name, out var item)
            || ConfigJson.Text(item.Value["site_id"]) is not null)
        {
            return new ApplyStep { Action = ApplyAction.Absent, Entry = entry, Address = address, Tier = tier };
        }

        var body = Placeholders.Fill(desired, null) as JsonObject ?? [];
        return new ApplyStep
        {
            Action = ApplyAction.Assign,
            Entry = entry,
            Address = address,
            Tier = tier,
            TargetId = item.Id ?? entry.Id,
            SiteAddress = siteAddress,
            Body = body,
            Changes = [.. ConfigDiff.Fields([], body)],
        };
    }

    /// <summary>An object the file holds without a secret the target lacks too: skipped, and said why, rather than refused by Mist.</summary>
    private static ApplyStep MissingSecret(ConfigEntry entry, string address, int tier, ConfigCollectionInfo? collection, string? targetId) =>
        new() { Action = ApplyAction.Skip, Entry = entry, Address = address, Tier = tier, Collection = collection, TargetId = targetId, Reason = Placeholders.MissingSecret };

    private static ApplyStep Create(ConfigEntry entry, string address, int tier, ConfigCollectionInfo? collection, JsonObject desired)
    {
        if (entry.Kind is ConfigKind.OrgObject or ConfigKind.SiteObject or ConfigKind.Site && Placeholders.Drops(desired, null))
        {
            return MissingSecret(entry, address, tier, collection, null);
        }

        var body = Placeholders.Fill(desired, null) as JsonObject ?? [];
        return new ApplyStep
        {
            Action = ApplyAction.Create,
            Entry = entry,
            Address = address,
            Tier = tier,
            Collection = collection,
            Body = body,
            Changes = [.. ConfigDiff.Fields([], body)],
        };
    }

    /// <summary>The file's object under "NAME (imported)": reused when a previous run created it and it matches.</summary>
    private ApplyStep Renamed(ConfigEntry entry, int tier, ConfigCollectionInfo? collection, JsonObject desired)
    {
        var nameField = entry.Kind == ConfigKind.Site ? "name" : collection!.NameField;
        var name = ConfigJson.Text(entry.Value[nameField]) ?? entry.Name;
        var newName = WithSuffix(name, nameField == "ssid" ? MaxSsidBytes : int.MaxValue);
        var renamed = entry.Name.StartsWith(name, StringComparison.Ordinal) ? newName + entry.Name[name.Length..] : entry.Name + RenameSuffix;
        var address = SiteRenamed(entry)[..^entry.Name.Length] + renamed;
        desired[nameField] = newName;
        if (entry.Kind == ConfigKind.Site)
        {
            _siteNames[entry.Name] = renamed;
        }

        TargetAddresses[entry.Address] = address;
        if (target.ByAddress.TryGetValue(address, out var existing))
        {
            var current = target.Normalized(existing);
            var changed = desired.Where(p => !current.ContainsKey(p.Key) || !ConfigDiff.Same(p.Value, current[p.Key])).ToList();
            if (changed.Any(p => Placeholders.Drops(p.Value, current[p.Key])))
            {
                return MissingSecret(entry, address, tier, collection, existing.Id);
            }

            var body = new JsonObject();
            foreach (var (key, value) in changed)
            {
                if (Placeholders.Fill(value, current[key]) is { } filled)
                {
                    body[key] = filled;
                }
            }

            return new ApplyStep
            {
                Action = body.Count == 0 ? ApplyAction.Unchanged : ApplyAction.Update,
                Entry = entry,
                Address = address,
                Tier = tier,
                Collection = collection,
                TargetId = existing.Id,
                Body = body,
                Changes = [.. ConfigDiff.Fields(current, desired).Where(c => body.ContainsKey(TopKey(c.Path)))],
            };
        }

        return Create(entry, address, tier, collection, desired);
    }

    /// <summary>An SSID is at most 32 bytes (802.11): a rename that would pass it is refused by Mist.</summary>
    public const int MaxSsidBytes = 32;

    /// <summary>
    /// "NAME (imported)", NAME cut (whole characters, never half of one) so that the whole fits in
    /// <paramref name="maxBytes"/> bytes of UTF-8.
    /// </summary>
    public static string WithSuffix(string name, int maxBytes)
    {
        var budget = maxBytes - System.Text.Encoding.UTF8.GetByteCount(RenameSuffix);
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= budget)
        {
            return name + RenameSuffix;
        }

        var kept = new System.Text.StringBuilder();
        var used = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            kept.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }

        return kept.ToString().TrimEnd() + RenameSuffix;
    }

    /// <summary>The target's objects that the file does not have, in the collections and sites the file covers: deepest first.</summary>
    private IEnumerable<ApplyStep> Deletes()
    {
        var kept = TargetAddresses.Values.ToHashSet(StringComparer.Ordinal);
        var deletedSites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in target.Entries.Where(e => e.Kind == ConfigKind.Site && !kept.Contains(e.Address)))
        {
            deletedSites.Add(entry.Address);
            yield return new ApplyStep { Action = ApplyAction.Delete, Entry = entry, Address = entry.Address, Tier = DeleteTier + 1, TargetId = entry.Id };
        }

        foreach (var entry in target.Entries.Where(e => e.Kind == ConfigKind.SiteObject && !kept.Contains(e.Address) && !deletedSites.Contains(e.SiteAddress!)))
        {
            if (file.SiteCollections.Contains(entry.Collection!) && siteCollections.FirstOrDefault(c => c.Key == entry.Collection) is { } collection)
            {
                yield return new ApplyStep { Action = ApplyAction.Delete, Entry = entry, Address = entry.Address, Tier = DeleteTier, Collection = collection, TargetId = entry.Id };
            }
        }

        for (var i = 0; i < orgCollections.Count; i++)
        {
            var collection = orgCollections[i];
            if (!file.OrgCollections.Contains(collection.Key))
            {
                continue;
            }

            foreach (var entry in target.Entries.Where(e => e.Kind == ConfigKind.OrgObject && e.Collection == collection.Key && !kept.Contains(e.Address)))
            {
                yield return new ApplyStep { Action = ApplyAction.Delete, Entry = entry, Address = entry.Address, Tier = DeleteTier + 2 + orgCollections.Count - i, Collection = collection, TargetId = entry.Id };
            }
        }
    }

    private int Tier(ConfigEntry entry, ConfigCollectionInfo? collection) => entry.Kind switch
    {
        ConfigKind.Org or ConfigKind.OrgSetting => 0,
        ConfigKind.OrgObject => 1 + IndexOf(orgCollections, collection!),
        ConfigKind.Site => SiteTier,
        ConfigKind.SiteSetting => SiteSettingTier,
        ConfigKind.SiteObject => SiteObjectTier + IndexOf(siteCollections, collection!),
        _ => DeviceTier,
    };

    private static int IndexOf(IReadOnlyList<ConfigCollectionInfo> collections, ConfigCollectionInfo collection)
    {
        for (var i = 0; i < collections.Count; i++)
        {
            if (collections[i].Key == collection.Key)
            {
                return i;
            }
        }

        return collections.Count;
    }

    /// <summary>The entry's address with its site renamed, when its site was.</summary>
    private string SiteRenamed(ConfigEntry entry)
    {
        if (entry.SiteName is null || entry.Kind == ConfigKind.Site || !_siteNames.TryGetValue(entry.SiteName, out var renamed))
        {
            return entry.Address;
        }

        return "site/" + renamed + entry.Address[("site/" + entry.SiteName).Length..];
    }

    private static string TopKey(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }
}
