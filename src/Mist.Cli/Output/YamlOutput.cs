using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mist.Cli.Output;

/// <summary>YAML written with YamlDotNet's event emitter straight from the JSON (no reflection, AOT-safe).</summary>
internal static class YamlOutput
{
    public static void Write(TextWriter writer, JsonNode? node)
    {
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, node);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart());
                foreach (var (key, value) in obj)
                {
                    emitter.Emit(new Scalar(key));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in array)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            default:
                var kind = node.GetValueKind();
                var text = kind == JsonValueKind.String ? node.GetValue<string>() : OutputWriter.Compact(node);
                // Strings that YAML would read as another type (true, 12, null, ...) are quoted.
                var style = kind == JsonValueKind.String && NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: style == ScalarStyle.Any, isQuotedImplicit: true));
                break;
        }
    }

    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || text is "true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off"
        || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
