using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org.Export;

/// <summary>
/// Where an export goes, part by part in the document's order: its top-level fields, then each site as it is read
/// (the bulk of an org), then the devices and the inventory. <see cref="ExportDocumentSink"/> builds the document in
/// memory (what apply compares), <see cref="ExportStreamSink"/> writes it to a file as it comes, so memory stays flat
/// however many sites the org has.
/// </summary>
internal abstract class ExportSink
{
    public abstract void Property(string name, JsonNode value);

    public abstract void StartSites();

    public abstract void Site(JsonObject site);

    public abstract void EndSites();
}

/// <summary>The whole export as one <see cref="JsonObject"/>.</summary>
internal sealed class ExportDocumentSink : ExportSink
{
    private readonly JsonArray _sites = [];

    public JsonObject Document { get; } = [];

    public override void Property(string name, JsonNode value) => Document[name] = value;

    public override void StartSites() => Document["sites"] = _sites;

    public override void Site(JsonObject site) => _sites.Add((JsonNode)site);

    public override void EndSites()
    {
    }
}

/// <summary>
/// The export written as it is read: the same bytes as the document's indented text (the output's JSON options),
/// each site handed to the stream once written and then let go.
/// </summary>
internal sealed class ExportStreamSink : ExportSink, IDisposable
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, TypeInfoResolver = JsonContext.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public ExportStreamSink(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = s_indented.Encoder });
        _writer.WriteStartObject();
    }

    public override void Property(string name, JsonNode value)
    {
        _writer.WritePropertyName(name);
        value.WriteTo(_writer, s_indented);
    }

    public override void StartSites()
    {
        _writer.WritePropertyName("sites");
        _writer.WriteStartArray();
    }

    public override void Site(JsonObject site)
    {
        site.WriteTo(_writer, s_indented);
        // The writer buffers until flushed: each site goes to the file now, not at the end.
        _writer.Flush();
    }

    public override void EndSites() => _writer.WriteEndArray();

    /// <summary>Closes the document and ends it with a newline, as stdout's text is.</summary>
    public void Complete()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
