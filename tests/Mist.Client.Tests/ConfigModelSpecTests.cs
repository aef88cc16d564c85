using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Tests;

/// <summary>
/// The typed configuration collections, checked against the spec they were generated from: every collection of the
/// spec is reachable on its client with its five operations, and its model reads an object made from the spec's
/// request schema without losing a value, and survives any top-level field of another shape.
/// </summary>
public class ConfigModelSpecTests
{
    private static readonly Lazy<JsonObject> s_spec = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "mist.openapi.json")))!.AsObject());

    public static TheoryData<string> Collections => [.. Reachable().Select(c => c.Key)];

    [Fact]
    public void Every_models_context_reads_with_the_same_lenient_converters_as_the_sdk_context()
    {
        // One context per model (so Native AOT keeps only the models a program uses), each with its own options
        // declaration, since the JSON source generator takes one per context: none may drift from MistJsonContext.
        static string[] Names(System.Text.Json.JsonSerializerOptions o) => [.. o.Converters.Select(c => c.GetType().FullName!).Order(StringComparer.Ordinal)];

        Assert.NotEmpty(Names(MistJsonContext.Default.Options));
        Assert.True(MistModelsJsonContexts.All.Count > 40, $"{MistModelsJsonContexts.All.Count} model contexts");
        Assert.All(MistModelsJsonContexts.All, context =>
        {
            Assert.Equal(Names(MistJsonContext.Default.Options), Names(context.Options));
            Assert.Equal(MistJsonContext.Default.Options.NumberHandling, context.Options.NumberHandling);
            Assert.Equal(MistJsonContext.Default.Options.DefaultIgnoreCondition, context.Options.DefaultIgnoreCondition);
        });
    }

    [Fact]
    public void Each_collection_reads_its_model_through_its_own_context_which_holds_every_type_its_fields_need()
    {
        // A lenient field asks the options it is read with for its type's metadata: a context missing a nested type
        // would fail only when that field is present, so every context must resolve every property type it reaches.
        foreach (var (key, (_, type)) in Reachable())
        {
            var missing = new List<string>();
            Walk(type, new HashSet<Type>(), missing);
            Assert.True(missing.Count == 0, $"{key}: the context of {type.Type.Name} has no metadata for {string.Join(", ", missing)}");
        }

        static void Walk(JsonTypeInfo info, HashSet<Type> seen, List<string> missing)
        {
            if (!seen.Add(info.Type))
            {
                return;
            }

            foreach (var property in info.Properties)
            {
                var nested = property.PropertyType;
                var generic = nested.IsGenericType ? nested.GetGenericTypeDefinition() : null;
                if (nested.Assembly != typeof(MistClient).Assembly && generic != typeof(IList<>) && generic != typeof(IDictionary<,>))
                {
                    continue;
                }

                if (info.Options.TypeInfoResolver!.GetTypeInfo(nested, info.Options) is { } found)
                {
                    Walk(found, seen, missing);
                }
                else
                {
                    missing.Add(nested.Name);
                }
            }
        }
    }

    [Fact]
    public void Every_collection_of_the_spec_is_a_typed_collection_on_its_client()
    {
        var fromSpec = SpecCollections().Order(StringComparer.Ordinal).ToList();

        var typed = Reachable().Select(c => c.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(58, fromSpec.Count);
        Assert.Equal(fromSpec, typed);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void The_model_reads_an_object_made_from_the_request_schema_with_every_value(string collection)
    {
        var (operations, type) = Reachable()[collection];
        var example = Example(RequestSchema(operations));

        var read = JsonSerializer.Deserialize(example.ToJsonString(), type);
        var written = WithoutNulls(JsonNode.Parse(JsonSerializer.Serialize(read, type)));

        Assert.True(JsonNode.DeepEquals(WithoutNulls(example), written), $"{collection}:\n{example.ToJsonString()}\nread back as\n{written?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void Any_top_level_field_of_another_shape_costs_that_field_not_the_object(string collection)
    {
        var (operations, type) = Reachable()[collection];
        var good = Example(RequestSchema(operations));
        JsonNode?[] hostile = [JsonValue.Create("not-a-uuid"), JsonValue.Create(42), JsonValue.Create(true), new JsonObject(), new JsonArray(JsonValue.Create(1))];
        // The hand-written models (Org) keep their id strict: an object without a usable id fails loudly.
        var strictId = !type.Type.Namespace!.StartsWith("Mist.Models", StringComparison.Ordinal) && type.Type != typeof(JsonObject);
        foreach (var (field, _) in good.ToList().Where(f => !(strictId && f.Key == "id")))
        {
            foreach (var shape in hostile)
            {
                var odd = good.DeepClone().AsObject();
                odd[field] = shape?.DeepClone();
                odd["marker"] = "still here";

                var read = JsonSerializer.Deserialize(odd.ToJsonString(), type);
                var written = JsonNode.Parse(JsonSerializer.Serialize(read, type))!;

                Assert.True((string?)written["marker"] == "still here", $"{collection}.{field} = {shape?.ToJsonString()} lost the object");
            }
        }
    }

    /// <summary>Every typed collection on the org, site and MSP clients, by "METHOD path" of its list operation.</summary>
    private static Dictionary<string, (MistConfigOperations Operations, JsonTypeInfo Type)> Reachable()
    {
        using var t = new TestClient();
        var result = new Dictionary<string, (MistConfigOperations, JsonTypeInfo)>(StringComparer.Ordinal);
        foreach (var client in new object[] { t.Client.Orgs, t.Client.Sites, t.Client.Msps })
        {
            foreach (var property in client.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(MistConfigCollection<>)))
            {
                var collection = property.GetValue(client)!;
                var operations = (MistConfigOperations)property.PropertyType.GetProperty(nameof(MistConfigCollection<object>.Operations))!.GetValue(collection)!;
                var model = property.PropertyType.GetGenericArguments()[0];
                var type = ModelContexts.TypeInfo(model) ?? MistJsonContext.Default.GetTypeInfo(model)!;
                Assert.Equal(HttpMethod.Get, operations.List.Method);
                Assert.Equal(HttpMethod.Post, operations.Create.Method);
                Assert.Equal(operations.List.PathTemplate, operations.Create.PathTemplate);
                Assert.Equal(HttpMethod.Put, operations.Update.Method);
                Assert.Equal(HttpMethod.Delete, operations.Delete.Method);
                Assert.StartsWith(operations.List.PathTemplate + "/{", operations.Get.PathTemplate, StringComparison.Ordinal);
                result.Add(operations.List.PathTemplate, (operations, type));
            }
        }

        return result;
    }

    /// <summary>The collections by the spec's own shape, read independently of the generator.</summary>
    private static IEnumerable<string> SpecCollections()
    {
        var paths = s_spec.Value["paths"]!.AsObject();
        foreach (var (path, node) in paths)
        {
            var parts = path.Split('/');
            if (parts is not ["", "api", "v1", "orgs" or "sites" or "msps", _, var segment] || segment.StartsWith('{') || node?["get"] is null || node["post"] is null)
            {
                continue;
            }

            if (paths.Any(p => p.Key.StartsWith(path + "/{", StringComparison.Ordinal) && p.Key.Count(c => c == '/') == path.Count(c => c == '/') + 1
                && p.Value?["get"] is not null && p.Value["put"] is not null && p.Value["delete"] is not null))
            {
                yield return path;
            }
        }
    }

    private static JsonObject RequestSchema(MistConfigOperations operations)
    {
        var reference = (string)s_spec.Value["paths"]![operations.Create.PathTemplate]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        return Schemas[reference.Split('/')[^1]]!.AsObject();
    }

    private static JsonObject Schemas => s_spec.Value["components"]!["schemas"]!.AsObject();

    private static JsonObject Example(JsonObject schema) => Value(schema, 0) as JsonObject ?? [];

    private static JsonNode? Value(JsonNode? schema, int depth)
    {
        while (schema is JsonObject o && (string?)o["$ref"] is { } reference)
        {
            schema = Schemas[reference.Split('/')[^1]];
        }

        if (schema is not JsonObject s || depth > 5)
        {
            return null;
        }

        if (s["allOf"] is JsonArray all)
        {
            var merged = new JsonObject();
            foreach (var part in all)
            {
                foreach (var (k, v) in Value(part, depth) as JsonObject ?? [])
                {
                    merged[k] = v?.DeepClone();
                }
            }

            return merged;
        }

        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray choice)
        {
            return Value(choice[0], depth);
        }

        if (s["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        return (string?)s["type"] switch
        {
            "string" => (string?)s["format"] == "uuid" ? Guid.NewGuid().ToString() : "text",
            "integer" => 7,
            "number" => 1.5,
            "boolean" => true,
            "array" => Value(s["items"], depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            _ when s["properties"] is JsonObject properties => new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Value(p.Value, depth + 1)))),
            _ when s["additionalProperties"] is JsonObject map => Value(map, depth + 1) is { } v ? new JsonObject { ["key"] = v } : new JsonObject(),
            _ => new JsonObject(),
        };
    }

    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(WithoutNulls)]),
        _ => node?.DeepClone(),
    };
}
