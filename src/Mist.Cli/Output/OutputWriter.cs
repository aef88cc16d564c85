using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output.Query;
using Mist.Cli.Terminal;

namespace Mist.Cli.Output;

/// <summary>
/// Writes command results to stdout in the chosen format, with Mist's field names, after <c>--fields</c> and
/// <c>--query</c>. Notices go to stderr. Machine formats never change shape with the terminal.
/// </summary>
internal sealed class OutputWriter(CliConsole console, OutputOptions options, TimeProvider time)
{
    // Relaxed escaping: names such as "Zürich" or "R&D" stay readable; stdout is not HTML.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, TypeInfoResolver = JsonContext.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_compact = new() { TypeInfoResolver = JsonContext.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(JsonNode? node) => node?.ToJsonString(s_compact) ?? "null";

    public static string Indented(JsonNode? node) => node?.ToJsonString(s_indented) ?? "null";

    public OutputOptions Options { get; } = options;

    /// <summary>
    /// Starts a list whose rows are added as they arrive: streamed for NDJSON and JSON (without <c>--query</c>),
    /// collected and written by <see cref="WriteList"/> for the formats that need every row first.
    /// </summary>
    public ListStream StartList(ResourceView view) =>
        Options.Query is null && Options.Format is OutputFormat.Ndjson or OutputFormat.Json
            ? new ListStream(console.Out, Options, view, null)
            : new ListStream(console.Out, Options, view, rows => WriteList(rows, view));

    /// <summary>Writes a list (a JSON array of objects).</summary>
    public void WriteList(JsonArray rows, ResourceView view)
    {
        JsonNode selected = Options.Fields is null ? rows : new JsonArray([.. rows.Select(r => Select(r, Options.Fields))]);
        if (Options.Query is not null)
        {
            WriteQueried(selected);
            return;
        }

        var objects = ((JsonArray)selected).Select(r => r as JsonObject ?? new JsonObject { ["value"] = r?.DeepClone() }).ToList();
        switch (Options.Format)
        {
            case OutputFormat.Json:
                console.Out.WriteLine(selected.ToJsonString(s_indented));
                break;
            case OutputFormat.Ndjson:
                foreach (var row in (JsonArray)selected)
                {
                    console.Out.WriteLine(row?.ToJsonString(s_compact) ?? "null");
                }

                break;
            case OutputFormat.Csv:
                // No rows: the view's default columns still make a header a script can read.
                CsvOutput.Write(console.Out, objects, Options.Fields ?? (objects.Count == 0 ? view.Columns : ColumnsOf(objects)), Options.CsvRaw);
                break;
            case OutputFormat.Yaml:
                YamlOutput.Write(console.Out, selected);
                break;
            default:
                if (objects.Count == 0)
                {
                    // No header over nothing: a person reads one line on stderr; a pipe gets no rows.
                    if (console.IsErrorTty)
                    {
                        console.Error.WriteLine($"No {view.Plural} found.");
                    }

                    break;
                }

                if (view.TableOrder is { } order)
                {
                    objects = [.. objects
                        .OrderBy(o => FieldPath.Lookup(o, order)?.ToString(), StringComparer.OrdinalIgnoreCase)
                        .ThenBy(o => FieldPath.Lookup(o, order)?.ToString(), StringComparer.Ordinal)];
                }

                var columns = Options.Fields ?? (view.Columns.Count > 0 ? view.Columns : ColumnsOf(objects));
                new TableOutput(console.Out, Options, time).Write(objects, columns);

                break;
        }
    }

    /// <summary>Writes one object.</summary>
    public void WriteItem(JsonObject item, ResourceView view)
    {
        JsonNode selected = Options.Fields is null ? item : Select(item, Options.Fields);
        if (Options.Query is not null)
        {
            WriteQueried(selected);
            return;
        }

        switch (Options.Format)
        {
            case OutputFormat.Json:
                console.Out.WriteLine(selected.ToJsonString(s_indented));
                break;
            case OutputFormat.Ndjson:
                console.Out.WriteLine(selected.ToJsonString(s_compact));
                break;
            case OutputFormat.Csv:
                var obj = (JsonObject)selected;
                CsvOutput.Write(console.Out, [obj], Options.Fields ?? [.. obj.Select(p => p.Key)], Options.CsvRaw);
                break;
            case OutputFormat.Yaml:
                YamlOutput.Write(console.Out, selected);
                break;
            default:
                new TableOutput(console.Out, Options, time).WriteRecord((JsonObject)selected, Options.Fields);
                break;
        }
    }

    /// <summary>Writes any JSON value (raw API answers): objects and arrays as their format, scalars as JSON.</summary>
    public void WriteJson(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                WriteList(array, ResourceView.Any);
                break;
            case JsonObject obj when Options.Format != OutputFormat.Table:
                WriteItem(obj, ResourceView.Any);
                break;
            default:
                console.Out.WriteLine(node?.ToJsonString(s_indented) ?? "null");
                break;
        }
    }

    /// <summary>Plain text data on stdout.</summary>
    public void WriteText(string text) => console.Out.WriteLine(console.IsOutputTty ? TerminalText.Escape(text, keepLayout: true) : text);

    /// <summary>Data already in a machine format (indented JSON): written exactly, whatever the terminal.</summary>
    public void WriteData(string text) => console.Out.WriteLine(text);

    /// <summary>
    /// The one confirmation line of a write, on stderr whether stdout is piped or not (so a script's log says what
    /// was done), with a green tick when stderr is a terminal that takes colour.
    /// </summary>
    public void Success(string message)
    {
        if (Options.ErrorColor)
        {
            console.WriteErrorControl("\u001b[32m");
            console.Error.Write("✓");
            console.WriteErrorControl("\u001b[0m");
            console.Error.WriteLine(" " + message);
        }
        else
        {
            console.Error.WriteLine("✓ " + message);
        }
    }

    /// <summary>A notice that always reaches stderr.</summary>
    public void Notice(string message) => console.Error.WriteLine(message);

    private void WriteQueried(JsonNode selected)
    {
        JsonNode? node;
        try
        {
            node = JmesQuery.Parse(Options.Query!).Apply(selected);
        }
        catch (JmesException e)
        {
            throw CliException.Usage($"--query could not be applied: {e.Message}");
        }

        if (Options.Format == OutputFormat.Ndjson && node is JsonArray array)
        {
            foreach (var item in array)
            {
                console.Out.WriteLine(item?.ToJsonString(s_compact) ?? "null");
            }

            return;
        }

        if (Options.Format == OutputFormat.Yaml)
        {
            YamlOutput.Write(console.Out, node);
            return;
        }

        console.Out.WriteLine(node?.ToJsonString(s_indented) ?? "null");
    }

    internal static JsonObject Select(JsonNode? row, IReadOnlyList<string> fields)
    {
        var result = new JsonObject();
        foreach (var field in fields)
        {
            result[field] = FieldPath.Lookup(row, field)?.DeepClone();
        }

        return result;
    }

    private static IReadOnlyList<string> ColumnsOf(IEnumerable<JsonObject> rows) =>
        [.. rows.SelectMany(r => r.Select(p => p.Key)).Distinct(StringComparer.Ordinal)];
}
