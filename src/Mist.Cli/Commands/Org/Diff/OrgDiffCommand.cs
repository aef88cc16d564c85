using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;
using Mist.Cli.Commands.Org.Export;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org.Diff;

/// <summary>
/// <c>mist org diff A [B]</c>: compares two exports, or an export with the live org (<c>--org</c>, or the default org
/// when B is not given), object by object and field by field, ignoring ids and server-managed fields. Exit 0 when
/// they are the same, 1 when they differ (as diff(1) does), 2 when a file is not an export.
/// </summary>
internal sealed class OrgDiffCommand : MistCommand
{
    private static readonly ResourceView s_rowView = new(
        "difference",
        new HashSet<string>(StringComparer.Ordinal) { "address", "change", "field", "a", "b" },
        ["address", "change", "field", "a", "b"]);

    private readonly Argument<string> _a = new("A") { Description = "An export file (mist org export --out A)." };
    private readonly Argument<string?> _b = new("B") { Description = "A second export file; without it, A is compared with the live org (--org).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _noDevices = new("--no-devices") { Description = "Leave devices and the inventory out of the comparison (two orgs never hold the same devices)." };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();

    public OrgDiffCommand(CliApp app)
        : base(app, "diff", "Compare two org exports, or an export with the live org: exit 0 when equal, 1 when different.")
    {
        Arguments.Add(_a);
        Arguments.Add(_b);
        Options.Add(_noDevices);
        Options.Add(_concurrency);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var pathA = context.Parse.GetRequiredValue(_a);
        var a = ConfigDocument.Load(pathA);
        var pathB = context.Parse.GetValue(_b);
        ConfigDocument b;
        string nameB;
        if (pathB is not null)
        {
            b = ConfigDocument.Load(pathB);
            nameB = pathB;
        }
        else
        {
            var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
            var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
            var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
            // Secrets are read so that a file holding them is compared with them; the diff masks every secret it prints.
            b = ConfigDocument.From(await new OrgExporter(session.Client, context.Console, concurrency)
                .ExportAsync(orgId, context.Time.GetUtcNow(), null, includeSecrets: true, cancellationToken).ConfigureAwait(false));
            nameB = $"org {b.OrgName} ({orgId:D})";
        }

        var diffs = ConfigDiff.Compare(a, b, includeDevices: !context.Parse.GetValue(_noDevices));
        Write(context, diffs, pathA, nameB);
        return diffs.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void Write(CommandContext context, List<EntryDiff> diffs, string nameA, string nameB)
    {
        var output = context.Output;
        switch (output.Options.Format)
        {
            case OutputFormat.Table:
                if (diffs.Count > 0)
                {
                    output.WriteText(Text(diffs, nameA, nameB));
                }

                break;
            case OutputFormat.Csv:
                output.WriteList(Rows(diffs), s_rowView);
                break;
            default:
                output.WriteItem(Report(diffs, nameA, nameB), ResourceView.Any);
                break;
        }

        if (diffs.Count == 0)
        {
            output.Notice($"No difference between {nameA} and {nameB}.");
        }
        else
        {
            var counts = diffs.GroupBy(d => d.Change).Select(g => $"{g.Count()} {g.Key.Replace('_', ' ')}");
            output.Notice($"{diffs.Count} object(s) differ: {string.Join(", ", counts)}.");
        }
    }

    /// <summary>"- only in A", "+ only in B", "~ changed" with one line per field: what a person reads on a terminal.</summary>
    public static string Text(IEnumerable<EntryDiff> diffs, string nameA, string nameB)
    {
        var text = new StringBuilder();
        text.Append("--- ").AppendLine(nameA).Append("+++ ").AppendLine(nameB);
        foreach (var diff in diffs)
        {
            var sign = diff.Change switch { ConfigDiff.OnlyInA => '-', ConfigDiff.OnlyInB => '+', _ => '~' };
            text.Append(sign).Append(' ').AppendLine(diff.Address);
            foreach (var field in diff.Fields)
            {
                text.Append("    ").Append(field.Path).Append(": ").Append(Value(field.A)).Append(" -> ").AppendLine(Value(field.B));
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Value(JsonNode? node) => node is null ? "(absent)" : OutputWriter.Compact(node);

    private static JsonObject Report(List<EntryDiff> diffs, string nameA, string nameB) => new()
    {
        ["a"] = nameA,
        ["b"] = nameB,
        ["equal"] = diffs.Count == 0,
        ["differences"] = new JsonArray([.. diffs.Select(d => (JsonNode)new JsonObject
        {
            ["address"] = d.Address,
            ["change"] = d.Change,
            ["fields"] = new JsonArray([.. d.Fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Path, ["a"] = f.A?.DeepClone(), ["b"] = f.B?.DeepClone() })]),
        })]),
    };

    private static JsonArray Rows(List<EntryDiff> diffs) =>
    [
        .. diffs.SelectMany(d => d.Fields.Count == 0
            ? [new JsonObject { ["address"] = d.Address, ["change"] = d.Change }]
            : d.Fields.Select(f => new JsonObject { ["address"] = d.Address, ["change"] = d.Change, ["field"] = f.Path, ["a"] = f.A?.DeepClone(), ["b"] = f.B?.DeepClone() }))
            .Select(r => (JsonNode)r),
    ];
}
