using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist.Tests;

/// <summary>
/// Models never break a list: items built from the spec's own schemas read, and every field of them, given a value of
/// another shape (text that is no UUID, a number, an object, an array, ...), costs that field only, never the item
/// or the page. The ids an item cannot be used without stay strict.
/// </summary>
public class SpecShapedModelTests
{
    private static readonly Lazy<JsonObject> s_schemas = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "mist.openapi.json")))!["components"]!["schemas"]!.AsObject());

    private static readonly JsonNode?[] s_hostile =
    [
        JsonValue.Create("not-a-uuid"), JsonValue.Create(42), JsonValue.Create(4.5), JsonValue.Create(true),
        new JsonObject(), new JsonArray(), new JsonObject { ["lat"] = "north" }, new JsonArray(JsonValue.Create(1), new JsonObject()), null,
    ];

    public static TheoryData<string> Models => ["site", "inventory", "device_ap", "org"];

    [Theory]
    [MemberData(nameof(Models))]
    public void An_item_made_from_the_specs_schema_reads_with_its_values(string schema)
    {
        var item = Example(schema);

        var read = Read(schema, [item]);

        Assert.Single(read);
        var written = JsonNode.Parse(read[0])!.AsObject();
        foreach (var key in new[] { "id", "name", "mac", "serial", "site_id", "org_id" }.Where(item.ContainsKey))
        {
            Assert.True(JsonNode.DeepEquals(item[key], written[key]), $"{schema}.{key}: {item[key]?.ToJsonString()} read as {written[key]?.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Any_field_of_another_shape_costs_that_field_not_the_page(string schema)
    {
        var good = Example(schema);
        foreach (var (field, _) in good.ToList())
        {
            if (field == "id")
            {
                continue;
            }

            foreach (var shape in s_hostile)
            {
                var odd = good.DeepClone().AsObject();
                odd[field] = shape?.DeepClone();

                var read = Read(schema, [good.DeepClone().AsObject(), odd]);

                Assert.True(read.Count == 2, $"{schema}.{field} = {shape?.ToJsonString() ?? "null"} lost an item");
                Assert.Equal(JsonNode.Parse(read[0])!["id"]?.ToJsonString(), JsonNode.Parse(read[1])!["id"]?.ToJsonString());
            }
        }
    }

    [Fact]
    public void A_deviceprofile_id_that_is_no_uuid_is_read_as_null_and_the_rest_of_the_item_stays()
    {
        var items = JsonSerializer.Deserialize(
            """[{"mac":"5c5b35000001","serial":"A1","deviceprofile_id":"default","site_id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","connected":"yes","created_time":"soon"}]""",
            MistJsonContext.Default.ListInventoryItem)!;

        var item = Assert.Single(items);
        Assert.Null(item.DeviceprofileId);
        Assert.Null(item.Connected);
        Assert.Null(item.CreatedTime);
        Assert.Equal("5c5b35000001", item.Mac);
        Assert.Equal(Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f0862b"), item.SiteId);
    }

    [Fact]
    public void An_id_that_is_no_uuid_still_fails_loudly()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""[{"id":"not-a-uuid","name":"HQ"}]""", MistJsonContext.Default.ListSite));
    }

    private static List<string> Read(string schema, JsonObject[] items)
    {
        var json = new JsonArray([.. items]).ToJsonString();
        return schema switch
        {
            "site" => Each(json, MistJsonContext.Default.ListSite, MistJsonContext.Default.Site),
            "inventory" => Each(json, MistJsonContext.Default.ListInventoryItem, MistJsonContext.Default.InventoryItem),
            "device_ap" => Each(json, MistJsonContext.Default.ListDevice, MistJsonContext.Default.Device),
            "org" => Each(json, MistJsonContext.Default.ListOrg, MistJsonContext.Default.Org),
            _ => throw new ArgumentOutOfRangeException(nameof(schema)),
        };
    }

    private static List<string> Each<T>(string json, JsonTypeInfo<List<T>> list, JsonTypeInfo<T> item) =>
        [.. JsonSerializer.Deserialize(json, list)!.Select(i => JsonSerializer.Serialize(i, item))];

    /// <summary>An object with every property of the schema, each given a value of its type (the first enum value, a UUID for uuid).</summary>
    private static JsonObject Example(string schema)
    {
        var result = Value(s_schemas.Value[schema], depth: 0) as JsonObject ?? [];
        result["id"] = Guid.NewGuid().ToString();
        return result;
    }

    private static JsonNode? Value(JsonNode? schema, int depth)
    {
        schema = Resolve(schema);
        if (schema is not JsonObject s || depth > 4)
        {
            return null;
        }

        if (s["allOf"] is JsonArray all)
        {
            var merged = new JsonObject();
            foreach (var part in all)
            {
                if (Value(part, depth) is JsonObject o)
                {
                    foreach (var (k, v) in o)
                    {
                        merged[k] = v?.DeepClone();
                    }
                }
            }

            return merged;
        }

        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray choice)
        {
            return Value(choice[0], depth);
        }

        if (s["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]?.DeepClone();
        }

        var type = s["type"] is JsonArray types ? (string?)types[0] : (string?)s["type"];
        return type switch
        {
            "string" => (string?)s["format"] == "uuid" ? Guid.NewGuid().ToString() : "text",
            "integer" => 7,
            "number" => 1.5,
            "boolean" => true,
            "array" => new JsonArray(Value(s["items"], depth + 1)),
            _ when s["properties"] is JsonObject properties => new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Value(p.Value, depth + 1)))),
            _ => new JsonObject(),
        };
    }

    private static JsonNode? Resolve(JsonNode? schema)
    {
        while (schema is JsonObject o && (string?)o["$ref"] is { } reference)
        {
            schema = s_schemas.Value[reference["#/components/schemas/".Length..]];
        }

        return schema;
    }
}
