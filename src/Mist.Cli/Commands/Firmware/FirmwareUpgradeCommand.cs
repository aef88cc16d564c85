using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Device;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// <c>mist firmware upgrade DEVICE... | --file F | --site SITE | --all-sites [--model M] [--type T] --version V</c>.
/// Devices already on V are skipped before anything is sent, so a re-run touches only the others. The rest go in
/// one site upgrade per site (<c>POST /sites/{site_id}/devices/upgrade</c> with <c>device_ids</c>, which, unlike the
/// one-device operation, returns an upgrade id to follow). Confirmed like other destructive commands; then followed
/// (<c>GET .../devices/upgrade/{upgrade_id}</c>) until done, unless <c>--no-wait</c>. Exit 0 when every device is
/// upgraded or skipped, 6 when some failed, 1 when all failed. <c>--all-sites</c> is the org's own upgrade
/// (<see cref="FirmwareOrgUpgrade"/>).
/// </summary>
internal sealed class FirmwareUpgradeCommand : MistCommand
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromSeconds(2);

    private readonly Argument<string[]> _devices = new("DEVICE") { Description = "Devices to upgrade: id, MAC, serial or name.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _version = new("--version") { Description = "The firmware version to install (see `mist firmware list`), or stable.", Required = true };
    private readonly Option<string?> _file = new("--file") { Description = "A file of devices: a MAC (any notation) or serial a line, or a CSV with a mac or serial column; - for stdin." };
    private readonly Option<string?> _site = new("--site") { Description = "Upgrade this site's devices (id or name) instead of named devices." };
    private readonly Option<bool> _allSites = new("--all-sites") { Description = "Upgrade the devices of every site of the org (one org upgrade)." };
    private readonly Option<string?> _model = new("--model") { Description = "With --site or --all-sites: only this hardware model." };
    private readonly Option<string?> _type = DeviceArguments.Type();
    private readonly Option<string?> _strategy = new("--strategy") { Description = "big_bang (all at once, default), serial, canary or rrm (APs)." };
    private readonly Option<bool> _reboot = new("--reboot") { Description = "Switches and gateways: reboot as soon as installed (APs always reboot)." };

    public FirmwareUpgradeCommand(CliApp app)
        : base(app, "upgrade", "Upgrade devices' firmware (they reboot); follows progress until done unless --no-wait.")
    {
        _strategy.AcceptOnlyFromAmong("big_bang", "serial", "canary", "rrm");
        Arguments.Add(_devices);
        foreach (var option in new Option[] { _version, _file, _site, _allSites, _model, _type, _strategy, _reboot })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => FirmwareViews.Results;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var version = parse.GetValue(_version)!.Trim();
        var named = parse.GetValue(_devices) ?? [];
        if (parse.GetValue(_file) is { } file)
        {
            // The file is read and checked whole before anything is sent; its rows join any DEVICE arguments.
            named = [.. named, .. Mist.Cli.Commands.Inventory.DeviceFile.Read(context.Console, file, claim: false).Select(r => r.Mac ?? r.Serial!)];
        }

        var deviceRefs = DeviceReference.CheckAll(named);
        var siteRef = parse.GetValue(_site);
        var allSites = parse.GetValue(_allSites);
        if (string.IsNullOrEmpty(version))
        {
            throw CliException.Usage("--version must not be empty. Nothing was sent.");
        }

        if ((deviceRefs.Count > 0 ? 1 : 0) + (siteRef is null ? 0 : 1) + (allSites ? 1 : 0) != 1)
        {
            throw CliException.Usage("Name the devices to upgrade (DEVICE... or --file), or give --site SITE, or --all-sites: one of them. Nothing was sent.");
        }

        if (deviceRefs.Count > 0 && (parse.GetValue(_model) is not null || parse.GetValue(_type) is not null))
        {
            throw CliException.Usage("--model and --type select devices of a site or of the org: use them with --site or --all-sites. Nothing was sent.");
        }

        if (allSites && parse.GetValue(_type) is "all")
        {
            throw CliException.Usage("An org upgrade takes one device type: --type ap (the default), switch or gateway. Nothing was sent.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        if (allSites)
        {
            var scope = new FirmwareOrgUpgrade(context, session, View, parse.GetValue(_strategy), parse.GetValue(GlobalOptions.NoWait));
            return await scope.RunAsync(version, parse.GetValue(_type), parse.GetValue(_model), cancellationToken).ConfigureAwait(false);
        }

        var targets = siteRef is null
            ? await FirmwareNamedDevices.ResolveAsync(context, session, deviceRefs, cancellationToken).ConfigureAwait(false)
            : await SiteDevicesAsync(session, siteRef, parse.GetValue(_model), parse.GetValue(_type), cancellationToken).ConfigureAwait(false);
        var stable = version == "stable";
        var skipped = targets.Where(t => !stable && t.Stats.Version == version).ToList();
        var toUpgrade = targets.Except(skipped).ToList();
        var results = new List<JsonObject>(skipped.Select(t => Result(t, null, "skipped (already on the version)", t.Stats.Version)));
        if (toUpgrade.Count == 0)
        {
            context.Output.Notice(targets.Count == 0 ? "No device matches; nothing to upgrade." : $"Every device already runs {version}; nothing to upgrade.");
            Write(context, results);
            return ExitCodes.Success;
        }

        var expected = siteRef is not null ? targets[0].SiteName ?? siteRef : toUpgrade.Count == 1 ? Label(toUpgrade[0]) : version;
        await context.ConfirmAsync($"upgrade {toUpgrade.Count} device(s) to {version} (they reboot)", expected, cancellationToken).ConfigureAwait(false);

        var started = new List<(Guid SiteId, Guid UpgradeId, List<Target> Devices)>();
        var dryRuns = new List<Session.DryRunException>();
        foreach (var group in toUpgrade.GroupBy(t => t.SiteId))
        {
            var options = new SiteUpgradeOptions(version) { Strategy = parse.GetValue(_strategy), Reboot = parse.GetValue(_reboot) ? true : null };
            foreach (var t in group)
            {
                options.DeviceIds.Add(t.Stats.Id);
            }

            Guid id;
            try
            {
                id = await session.Client.Firmware.UpgradeSiteAsync(group.Key, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Session.DryRunException dryRun)
            {
                // --dry-run: the request of every site is shown, not only the first one's.
                dryRuns.Add(dryRun);
                continue;
            }
            catch (MistApiException e) when (e.Status is >= 400 and < 500)
            {
                // One site refusing (a version its models cannot take) must not hide the upgrades already started.
                results.AddRange(group.Select(t => Result(t, null, $"failed: {e.Detail ?? e.Message}", t.Stats.Version)));
                continue;
            }

            started.Add((group.Key, id, [.. group]));
            context.Output.Notice($"Started upgrade {id} of {group.Count()} device(s) on site {group.First().SiteName ?? group.Key.ToString()}.");
        }

        if (dryRuns.Count > 0)
        {
            throw new Session.DryRunException(dryRuns);
        }

        if (parse.GetValue(GlobalOptions.NoWait))
        {
            results.AddRange(started.SelectMany(s => s.Devices.Select(t => Result(t, s.UpgradeId, "started", t.Stats.Version))));
            Write(context, results);
            return Exit(results, toUpgrade.Count, skipped.Count);
        }

        foreach (var (siteId, upgradeId, devices) in started)
        {
            var done = await FollowAsync(context, session, siteId, upgradeId, devices[0].SiteName, devices.Count, cancellationToken).ConfigureAwait(false);
            foreach (var t in devices)
            {
                var (result, now) = Outcome(done, t, version);
                results.Add(Result(t, upgradeId, result, now));
            }
        }

        Write(context, results);
        return Exit(results, toUpgrade.Count, skipped.Count);
    }

    /// <summary>0 when no device failed, 1 when every device sent failed and none was skipped, else 6.</summary>
    internal static int Exit(List<JsonObject> results, int sent, int skipped)
    {
        var failed = results.Count(r => ((string?)r["result"])?.StartsWith("failed", StringComparison.Ordinal) == true || (string?)r["result"] == "cancelled");
        return failed == 0 ? ExitCodes.Success : failed == sent && skipped == 0 ? ExitCodes.Failure : ExitCodes.Partial;
    }

    internal static (string Result, string? Version) Outcome(SiteUpgrade done, Target t, string version)
    {
        var mac = t.Stats.Mac;
        var targets = done.Targets;
        return targets?.Upgraded?.Contains(mac) == true ? ("upgraded", version == "stable" ? done.TargetVersion ?? version : version)
            : targets?.Skipped?.Contains(mac) == true ? ("skipped (already on the version)", t.Stats.Version)
            : targets?.Failed?.Contains(mac) == true ? ("failed: the device did not install the firmware", t.Stats.Version)
            : done.Status == "cancelled" ? ("cancelled", t.Stats.Version)
            : ($"failed: upgrade ended {done.Status}", t.Stats.Version);
    }

    /// <summary>Follows one site upgrade to its end, with a progress bar on a terminal.</summary>
    internal static async Task<SiteUpgrade> FollowAsync(CommandContext context, MistSession session, Guid siteId, Guid upgradeId, string? siteName, int devices, CancellationToken cancellationToken)
    {
        var progress = new UpgradeProgress(context.Console, siteName ?? siteId.ToString(), devices);
        try
        {
            return await session.Client.Firmware.WaitForUpgradeAsync(
                siteId, upgradeId, new UpgradeWaitOptions { PollInterval = s_pollInterval, OnChange = progress.Update }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress.Clear();
        }
    }

    private void Write(CommandContext context, List<JsonObject> results) => context.Output.WriteList(new JsonArray([.. results]), View);

    internal static JsonObject Result(Target t, Guid? upgradeId, string result, string? version) => new()
    {
        ["name"] = t.Stats.Name, ["mac"] = t.Stats.Mac, ["model"] = t.Stats.Model, ["site_id"] = t.SiteId.ToString(),
        ["upgrade_id"] = upgradeId?.ToString(), ["result"] = result, ["version"] = version,
    };

    private static string Label(Target t) => t.Stats.Name is { Length: > 0 } name ? name : t.Stats.Mac ?? t.Stats.Id.ToString();

    private static async Task<List<Target>> SiteDevicesAsync(MistSession session, string siteRef, string? model, string? type, CancellationToken cancellationToken)
    {
        var site = await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false);
        var targets = new List<Target>();
        await foreach (var s in session.Client.Devices.ListSiteStatsAsync(site.Id, type is null ? DeviceType.AccessPoint : new DeviceType(type)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (model is null || string.Equals(s.Model, model, StringComparison.OrdinalIgnoreCase))
            {
                targets.Add(new Target(site.Id, site.Name, s));
            }
        }

        return targets;
    }

    internal sealed record Target(Guid SiteId, string? SiteName, DeviceStats Stats);
}
