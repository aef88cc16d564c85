using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Tests.Output;

/// <summary>
/// <c>SpecFields</c> (what <c>--fields</c> accepts) is the union of the properties of the spec schemas each set
/// names, with <c>$ref</c>, <c>allOf</c>, <c>oneOf</c> and <c>anyOf</c> resolved: a spec update that adds or removes a
/// field fails here, printing the set to paste.
/// </summary>
public sealed class SpecFieldsTests
{
    public static TheoryData<string, string[]> Sets => new()
    {
        { nameof(SpecFields.Site), ["site"] },
        { nameof(SpecFields.Org), ["stats_org", "org"] },
        { nameof(SpecFields.Inventory), ["inventory"] },
        { nameof(SpecFields.Device), ["device_ap", "device_switch", "device_gateway"] },
        { nameof(SpecFields.DeviceSearch), ["ap_search", "switch_search", "gateway_search"] },
        { nameof(SpecFields.Wlan), ["wlan"] },
        { nameof(SpecFields.StatsClient), ["stats_client", "stats_wireless_client"] },
        { nameof(SpecFields.ClientSearch), ["client_wireless"] },
        { nameof(SpecFields.DeviceEvent), ["events_device_ap"] },
        { nameof(SpecFields.ClientEvent), ["events_client"] },
        { nameof(SpecFields.Alarm), ["alarm"] },
        { nameof(SpecFields.AuditLog), ["response_log_search_item"] },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_is_the_properties_of_its_spec_schemas(string name, string[] schemas)
    {
        var set = (IReadOnlySet<string>)typeof(SpecFields).GetField(name)!.GetValue(null)!;
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            Collect(Schemas[schema] ?? throw new InvalidOperationException($"No schema {schema} in the spec."), expected, 0);
        }

        Assert.True(
            expected.SetEquals(set),
            $"{name} differs from the spec's {string.Join(", ", schemas)}: missing [{string.Join(", ", expected.Except(set))}], " +
            $"extra [{string.Join(", ", set.Except(expected))}]");
    }

    private static JsonObject Schemas => Spec.Value["components"]!["schemas"]!.AsObject();

    private static readonly Lazy<JsonObject> Spec = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mist.slnx")))
            {
                return JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "spec", "mist-openapi", "mist.openapi.json")))!.AsObject();
            }
        }

        throw new InvalidOperationException($"No Mist.slnx above {AppContext.BaseDirectory}.");
    });

    private static void Collect(JsonNode node, ISet<string> into, int depth)
    {
        Assert.True(depth < 32, "The schema's references do not end.");
        if (node["$ref"] is JsonValue reference)
        {
            Collect(Schemas[((string)reference!).Split('/')[^1]]!, into, depth + 1);
            return;
        }

        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var part in node[combinator]?.AsArray() ?? [])
            {
                Collect(part!, into, depth + 1);
            }
        }

        foreach (var property in node["properties"]?.AsObject() ?? [])
        {
            into.Add(property.Key);
        }
    }
}
