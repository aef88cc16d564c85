using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Config;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Session;
using Mist.Simulator;

namespace Mist.Cli.Commands.Sim;

/// <summary>
/// <c>mist sim seed</c>: the embedded simulator's practice data, read from its state file (never from a Mist cloud):
/// orgs, the simulator's fake tokens, the claim codes still claimable, and each site's devices.
/// </summary>
internal sealed class SimSeedCommand : MistCommand
{
    private const string TokenNote =
        "The tokens are fake: keys of this offline simulator only (for `mist sim serve` on the same state), never valid on a Mist cloud.";

    private static readonly Option<string?> s_state = new("--state") { Description = "SQLite state file (default: the embedded simulator's, in the user's state directory)." };

    public SimSeedCommand(CliApp app)
        : base(app, "seed", "Show the embedded simulator's practice data: orgs, fake tokens, claimable codes, devices per site.")
    {
        Options.Add(s_state);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var stateFlag = context.Parse.GetValue(s_state);
        if (stateFlag is null)
        {
            RefuseUnlessSimulator(context);
        }

        var path = Path.GetFullPath(stateFlag ?? ConfigPaths.SimulatorState(context.Console));
        await using var simulator = await SessionFactory.StartEmbeddedAsync(context.Console, context.Time, path, cancellationToken).ConfigureAwait(false);
        var data = Describe(simulator, path);
        context.Output.Notice($"Practice data of the embedded Mist simulator (state in {path}). {TokenNote}");
        if (context.Output.Options.Format == OutputFormat.Table && context.Output.Options.Fields is null && context.Output.Options.Query is null)
        {
            WriteTables(context, data);
        }
        else
        {
            context.Output.WriteItem(data, ResourceView.Any);
        }

        return ExitCodes.Success;
    }

    /// <summary>With a Mist cloud configured, the simulator's names and tokens would mislead: they exist only in the simulator.</summary>
    private static void RefuseUnlessSimulator(CommandContext context)
    {
        MistTarget? target = null;
        try
        {
            target = TargetResolver.Resolve(context.Parse, context.Console);
        }
        catch (CliException)
        {
            // A host without a token (or an unusable one) is still a Mist cloud configured, not the simulator.
        }

        if (target is { UseSimulator: true })
        {
            return;
        }

        var where = target is null ? "a Mist cloud (MIST_HOST or --host)" : $"{target.Cloud} ({target.Source})";
        throw CliException.Usage(
            $"`mist sim seed` shows the embedded simulator's practice data, but your commands go to {where}, where none of it exists. Nothing was read or sent.",
            "Add --sim to see it (and add --sim to the commands that use it), or give the simulator's state file with --state FILE.");
    }

    private static JsonObject Describe(MistSimulator simulator, string path)
    {
        var state = simulator.ReadState();
        var seed = simulator.Seed;
        var tokens = simulator.Tokens;
        var orgNames = state.Orgs.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var siteNames = state.Sites.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var primary = seed.Orgs[0].Name;
        var firstSite = seed.Sites.FirstOrDefault(s => s.OrgId == seed.PrimaryOrgId) is { } s1 && siteNames.TryGetValue(s1.Id, out var n1) ? n1 : "the first site";
        return new JsonObject
        {
            ["simulator"] = "embedded",
            ["state"] = path,
            ["seed"] = seed.Seed,
            ["note"] = TokenNote,
            ["orgs"] = new JsonArray([.. state.Orgs.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = o.Name,
                ["num_sites"] = o.SiteCount,
                ["num_inventory"] = o.DeviceCount,
                ["default"] = o.Id == seed.PrimaryOrgId,
            })]),
            ["tokens"] = new JsonArray(
                Token("admin", tokens.Admin, $"admin of {primary} (the one `mist` uses)"),
                Token("write", tokens.Write, $"org token, write on {primary}"),
                Token("read-only", tokens.ReadOnly, $"org token, read on {primary}"),
                Token("other-org", tokens.OtherOrg, $"admin of {seed.OtherOrg.Name} only"),
                Token("msp", tokens.Msp, $"admin of the MSP {seed.MspName} and its orgs"),
                Token("site", tokens.SiteScoped, $"admin of {firstSite} only")),
            ["claim_codes"] = new JsonArray([.. state.Claimable.OrderBy(d => d.ClaimCode, StringComparer.Ordinal).Select(d => (JsonNode)new JsonObject
            {
                ["code"] = d.ClaimCode,
                ["mac"] = d.Mac,
                ["serial"] = d.Serial,
                ["model"] = d.Model,
                ["type"] = d.Type,
            })]),
            ["sites"] = new JsonArray([.. state.Sites.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["org_id"] = s.OrgId,
                ["org_name"] = orgNames.GetValueOrDefault(s.OrgId),
                ["devices"] = new JsonArray([.. state.Devices.Where(d => d.SiteId == s.Id).Select(Device)]),
            })]),
            ["unassigned"] = new JsonArray([.. state.Devices.Where(d => d.OrgId.Length > 0 && d.SiteId is null).Select(d =>
            {
                var row = Device(d).AsObject();
                row["org_id"] = d.OrgId;
                row["org_name"] = orgNames.GetValueOrDefault(d.OrgId);
                return (JsonNode)row;
            })]),
        };
    }

    private static JsonObject Token(string name, string token, string access) => new() { ["name"] = name, ["token"] = token, ["access"] = access };

    private static JsonNode Device(SeededDevice d) => new JsonObject
    {
        ["name"] = d.Name.Length == 0 ? null : d.Name,
        ["mac"] = d.Mac,
        ["serial"] = d.Serial,
        ["model"] = d.Model,
        ["type"] = d.Type,
        ["claim_code"] = d.ClaimCode,
    };

    private static void WriteTables(CommandContext context, JsonObject data)
    {
        var output = context.Output;
        var table = new TableOutput(context.Console.Out, output.Options, context.Time);
        void Section(string title, JsonArray rows, params string[] columns)
        {
            output.WriteText(title);
            if (rows.Count == 0)
            {
                output.WriteText("  (none)");
            }
            else
            {
                table.Write([.. rows.Select(r => r!.AsObject())], columns);
            }

            output.WriteText(string.Empty);
        }

        Section("Orgs:", data["orgs"]!.AsArray(), "name", "id", "num_sites", "num_inventory", "default");
        Section("Tokens (fake, simulator only):", data["tokens"]!.AsArray(), "name", "token", "access");
        Section("Claim codes still claimable:", data["claim_codes"]!.AsArray(), "code", "mac", "serial", "model", "type");
        foreach (var site in data["sites"]!.AsArray().Select(s => s!.AsObject()))
        {
            Section($"Site {site["name"]} ({site["org_name"]}, {site["id"]}):", site["devices"]!.AsArray(), "name", "mac", "serial", "model", "type");
        }

        Section("In the inventory, on no site:", data["unassigned"]!.AsArray(), "mac", "serial", "model", "type", "org_name");
    }
}
