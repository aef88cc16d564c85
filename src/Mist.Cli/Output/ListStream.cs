using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Mist.Cli.Commands.Shared;

namespace Mist.Cli.Output;

/// <summary>
/// The rows of a list, written as they arrive so that memory stays flat however long the list: NDJSON one line per
/// row, JSON as the same indented array the buffered path prints. Text is handed to stdout once per
/// <see cref="Flush"/> (a page), not once per row. Formats that need every row first (tables, CSV, YAML,
/// <c>--query</c>) are collected and written at <see cref="Complete"/>. If the listing fails part way, a JSON array
/// is left unclosed, so no reader can take a partial list for a whole one.
/// </summary>
internal sealed class ListStream
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, TypeInfoResolver = JsonContext.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_compact = new() { TypeInfoResolver = JsonContext.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions s_compactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _out;
    private readonly OutputOptions _options;
    private readonly Action<JsonArray>? _writeWhole;
    private readonly JsonArray _collected = [];
    private readonly StringBuilder _pending = new();
    private ArrayBufferWriter<byte>? _modelBytes;
    private int _count;

    public ListStream(TextWriter output, OutputOptions options, ResourceView view, Action<JsonArray>? writeWhole)
    {
        _out = output;
        _options = options;
        _writeWhole = writeWhole;
        View = view;
    }

    public ResourceView View { get; }

    public int Count => _count;

    public void Add(JsonNode? row)
    {
        _count++;
        if (_writeWhole is not null)
        {
            _collected.Add(row);
            return;
        }

        var selected = _options.Fields is null ? row : OutputWriter.Select(row, _options.Fields);
        if (_options.Format == OutputFormat.Ndjson)
        {
            _pending.Append(selected?.ToJsonString(s_compact) ?? "null").Append('\n');
            return;
        }

        // An element of an indented array: the object's own indented text, one level deeper.
        _pending.Append(_count == 1 ? "[\n  " : ",\n  ");
        _pending.Append((selected?.ToJsonString(s_indented) ?? "null").Replace("\n", "\n  ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Adds an SDK model as a row: the JSON Mist sent, with its field names and unknown fields, exactly as
    /// <see cref="Add(JsonNode?)"/> of <see cref="ModelJson.Object"/> would write it. As NDJSON without
    /// <c>--fields</c> the model is serialized once, straight to the line, instead of through a
    /// <see cref="JsonObject"/> and back (a third of the CPU of listing 100,000 devices).
    /// </summary>
    public void Add<T>(T model, JsonTypeInfo<T> type)
    {
        if (_writeWhole is not null || _options.Fields is not null || _options.Format != OutputFormat.Ndjson)
        {
            Add(ModelJson.Object(model, type));
            return;
        }

        _count++;
        _modelBytes ??= new ArrayBufferWriter<byte>(4096);
        _modelBytes.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_modelBytes, s_compactWriter))
        {
            JsonSerializer.Serialize(writer, model, type);
        }

        AppendUtf8(_modelBytes.WrittenSpan);
        _pending.Append('\n');
    }

    /// <summary>Hands what has been added so far to stdout.</summary>
    public void Flush()
    {
        if (_pending.Length > 0)
        {
            // The builder's chunks, not one string: a page of 1,000 devices is 800 KB of UTF-16, which as one string
            // would land on the large-object heap once per page.
            _out.Write(_pending);
            _pending.Clear();
        }
    }

    private void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        var count = Encoding.UTF8.GetChars(utf8, chars);
        _pending.Append(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
    }

    /// <summary>Ends the list: closes a JSON array, or writes a collected list in its format.</summary>
    public void Complete()
    {
        if (_writeWhole is not null)
        {
            _writeWhole(_collected);
            return;
        }

        if (_options.Format == OutputFormat.Json)
        {
            _pending.Append(_count == 0 ? "[]\n" : "\n]\n");
        }

        Flush();
    }
}
