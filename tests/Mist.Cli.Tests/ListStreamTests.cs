using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Tests;

public class ListStreamTests
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject[] Rows() =>
    [
        new() { ["name"] = "Zürich", ["latlng"] = new JsonObject { ["lat"] = 47.3, ["lng"] = 8.5 }, ["tags"] = new JsonArray("a", "b") },
        new() { ["name"] = "R&D", ["latlng"] = null, ["tags"] = new JsonArray() },
    ];

    private static string Stream(OutputFormat format, IReadOnlyList<string>? fields, int pages)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var list = new ListStream(output, new OutputOptions(format, fields, null, false, false), ResourceView.Any, null);
        var rows = Rows();
        for (var i = 0; i < rows.Length; i++)
        {
            list.Add(rows[i]);
            if (pages > 1)
            {
                list.Flush();
            }
        }

        list.Complete();
        return output.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Json_streamed_row_by_row_is_the_same_text_as_the_whole_array(int pages) =>
        Assert.Equal(new JsonArray([.. Rows()]).ToJsonString(s_indented) + "\n", Stream(OutputFormat.Json, null, pages));

    [Fact]
    public void An_empty_json_list_is_an_empty_array() =>
        Assert.Equal("[]\n", new Func<string>(() =>
        {
            using var output = new StringWriter();
            var list = new ListStream(output, new OutputOptions(OutputFormat.Json, null, null, false, false), ResourceView.Any, null);
            list.Complete();
            return output.ToString();
        })());

    [Fact]
    public void Ndjson_is_one_compact_line_per_row_with_the_selected_fields() =>
        Assert.Equal("{\"name\":\"Zürich\",\"latlng.lat\":47.3}\n{\"name\":\"R&D\",\"latlng.lat\":null}\n", Stream(OutputFormat.Ndjson, ["name", "latlng.lat"], 2));

    [Fact]
    public void Nothing_reaches_stdout_before_a_flush()
    {
        using var output = new StringWriter();
        var list = new ListStream(output, new OutputOptions(OutputFormat.Ndjson, null, null, false, false), ResourceView.Any, null);

        list.Add(Rows()[0]);

        Assert.Equal(string.Empty, output.ToString());
        list.Flush();
        Assert.StartsWith("{\"name\":\"Zürich\"", output.ToString(), StringComparison.Ordinal);
    }

    // Items whose text could come out differently on the direct path: escapes and non-ASCII in known and unknown
    // fields, numbers as Mist wrote them, nested unknown objects, a site_name Mist itself sent, no site at all.
    private const string TrickyInventory = """
        [
          {"id":"00000000-0000-0000-1000-aabbccddeeff","mac":"aabbccddeeff","name":"Zürich \"lobby\" <1>\u2028","type":"ap","site_id":"6f4bcd12-0000-4000-8000-000000000001","created_time":1.5e9,"modified_time":1700000000.125,"x_unknown":{"a":[1,2.50,"\u00e9"]},"jsi":false},
          {"mac":"001122334455","serial":"R&D\t'1'","site_id":"6f4bcd12-0000-4000-8000-000000000002","site_name":"sent by Mist","deviceprofile_id":"not-a-uuid"},
          {"mac":"665544332211","type":"switch"}
        ]
        """;

    [Theory]
    [InlineData("ndjson", false)]
    [InlineData("ndjson", true)]
    [InlineData("json", false)]
    public void Model_rows_are_the_same_text_as_their_json_objects(string formatName, bool fields)
    {
        var format = formatName == "json" ? OutputFormat.Json : OutputFormat.Ndjson;
        var names = new Dictionary<Guid, string?>
        {
            [Guid.Parse("6f4bcd12-0000-4000-8000-000000000001")] = "Genève & \"Co\"",
            [Guid.Parse("6f4bcd12-0000-4000-8000-000000000002")] = null,
        };
        var options = new OutputOptions(format, fields ? ["mac", "site_name"] : null, null, false, false);

        using var expected = new StringWriter { NewLine = "\n" };
        var nodes = new ListStream(expected, options, ResourceView.Any, null);
        foreach (var item in Items())
        {
            nodes.Add(Commands.Device.DeviceRows.Row(item, names));
        }

        nodes.Complete();

        using var actual = new StringWriter { NewLine = "\n" };
        var models = new ListStream(actual, options, ResourceView.Any, null);
        var cache = new Dictionary<Guid, JsonElement>();
        foreach (var item in Items())
        {
            Commands.Device.DeviceRows.WithSiteName(item, names, cache);
            models.Add(item, MistJsonContext.Default.InventoryItem);
        }

        models.Complete();
        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Contains("Genève", actual.ToString(), StringComparison.Ordinal);

        static List<InventoryItem> Items() => JsonSerializer.Deserialize(TrickyInventory, MistJsonContext.Default.ListInventoryItem)!;
    }
}
