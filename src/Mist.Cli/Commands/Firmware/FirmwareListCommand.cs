using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Device;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Firmware;

/// <summary>
/// <c>mist firmware list</c>: the versions Mist offers per model (org or site, <c>GET .../devices/versions</c>),
/// the recommended one marked; with <c>--outdated</c>, the devices older than the recommended version of their
/// model, from device stats (one request per 1,000 devices) and one versions request per device type.
/// </summary>
internal sealed class FirmwareListCommand : MistCommand
{
    private readonly Option<string?> _model = new("--model") { Description = "Only this hardware model, such as AP43." };
    private readonly Option<string?> _site = new("--site") { Description = "Versions offered to this site's devices (id or name)." };
    private readonly Option<string?> _type = DeviceArguments.Type();
    private readonly Option<bool> _outdated = new("--outdated") { Description = "List devices running a version older than the recommended one for their model." };

    public FirmwareListCommand(CliApp app)
        : base(app, "list", "List the firmware versions offered per model (recommended marked), or with --outdated the devices behind it.")
    {
        foreach (var option in new Option[] { _model, _site, _type, _outdated })
        {
            Options.Add(option);
        }
    }

    protected override ResourceView View => FirmwareViews.Versions;

    // --outdated lists devices, not versions: --fields is checked against the device view then.
    protected override ResourceView ViewFor(ParseResult parse) => parse.GetValue(_outdated) ? FirmwareViews.Outdated : View;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var model = parse.GetValue(_model);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        Guid? siteId = parse.GetValue(_site) is { } siteRef ? (await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false)).Id : null;
        var typeText = parse.GetValue(_type);
        var types = typeText is null or "all" ? new[] { DeviceType.AccessPoint, DeviceType.Switch, DeviceType.Gateway } : [new DeviceType(typeText)];

        var versions = new List<FirmwareVersion>();
        foreach (var type in types)
        {
            versions.AddRange(siteId is { } site
                ? await session.Client.Firmware.ListSiteVersionsAsync(site, type, model, cancellationToken).ConfigureAwait(false)
                : await session.Client.Firmware.ListVersionsAsync(orgId, type, model, cancellationToken).ConfigureAwait(false));
        }

        if (!parse.GetValue(_outdated))
        {
            var rows = new JsonArray();
            foreach (var v in versions)
            {
                rows.Add((JsonNode)new JsonObject { ["model"] = v.Model, ["version"] = v.Version, ["tag"] = v.Tag, ["recommended"] = v.IsRecommended });
            }

            context.Output.WriteList(rows, View);
            return ExitCodes.Success;
        }

        var recommended = versions.Where(v => v.IsRecommended && v.Model is not null)
            .GroupBy(v => v.Model!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Version, StringComparer.OrdinalIgnoreCase);
        var stats = siteId is { } onSite
            ? session.Client.Devices.ListSiteStatsAsync(onSite, typeText is null ? DeviceType.All : new DeviceType(typeText))
            : session.Client.Devices.ListStatsAsync(orgId, typeText is null ? DeviceType.All : new DeviceType(typeText));
        var output = context.Output.StartList(FirmwareViews.Outdated);
        await foreach (var s in stats.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (s.Model is { } m && (model is null || string.Equals(m, model, StringComparison.OrdinalIgnoreCase)) &&
                recommended.TryGetValue(m, out var best) && FirmwareVersionComparer.Instance.Compare(s.Version, best) < 0)
            {
                output.Add(new JsonObject
                {
                    ["name"] = s.Name, ["mac"] = s.Mac, ["model"] = m, ["type"] = s.Type?.Value, ["site_id"] = s.SiteId?.ToString(),
                    ["version"] = s.Version, ["recommended"] = best, ["status"] = s.Status,
                });
            }
        }

        output.Complete();
        return ExitCodes.Success;
    }
}
