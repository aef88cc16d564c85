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
}
