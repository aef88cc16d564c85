using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace Mist.Cli.Output;

/// <summary>
/// YAML written with YamlDotNet's event emitter straight from the JSON (no reflection, AOT-safe). Every string, key
/// or value, reads back as the same string under both YAML 1.1 and the YAML 1.2 core schema:
/// <list type="bullet">
/// <item>YamlDotNet decides: its <see cref="TypeAssigningEventEmitter"/> double-quotes any string that a YAML 1.1
/// or 1.2 reader would take for a null, boolean or number (what <c>WithQuotingNecessaryStrings(true)</c> does), and
/// its emitter picks plain, single- or double-quoted style for the rest from the characters it holds.</item>
/// <item>What it leaves out is added here: YAML 1.1 timestamps (<c>2024-01-01</c>), the merge and value keys
/// (<c>&lt;&lt;</c>, <c>=</c>), booleans and nulls in any letter case (<c>yEs</c>), floats such as <c>1.2.3</c> and <c>1e3</c>; and a
/// string holding a line break (CR, LF, NEL, U+2028, U+2029), a tab or a byte-order mark is always double-quoted,
/// where it is written exactly, because readers fold or drop those characters in other styles (and YamlDotNet's
/// emitter writes a trailing tab bare).</item>
/// <item>A string holding <c>" *"</c> is double-quoted too: YamlDotNet's own reader does not take a plain key such
/// as <c>h *7k</c> for a key (valid YAML, but .NET readers are likely consumers).</item>
/// <item>A lone UTF-16 surrogate, which no YAML stream can hold, is written as U+FFFD.</item>
/// </list>
/// </summary>
internal static partial class YamlOutput
{
    private static readonly TypeAssigningEventEmitter s_strings = new(
        new WriterEventEmitter(),
        new Dictionary<Type, TagName>(),
        quoteNecessaryStrings: true,
        quoteYaml1_1Strings: true,
        ScalarStyle.Any,
        YamlFormatter.Default,
        NullNamingConvention.Instance,
        null!); // Only enums read the type inspector; every value here is a string.

    private static readonly System.Buffers.SearchValues<char> s_breaksAndBom = System.Buffers.SearchValues.Create("\t\r\n\u0085\u2028\u2029\uFEFF");

    // Long values stay on one line (no folding), so a line of output is a line of data.
    private static readonly EmitterSettings s_settings = new(2, int.MaxValue, false, 1024, false, false, "\n", false);

    public static void Write(TextWriter writer, JsonNode? node)
    {
        var emitter = new Emitter(new BomEscapingWriter(writer), s_settings);
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
                    EmitString(emitter, key);
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
            case JsonValue when node.GetValueKind() == JsonValueKind.String:
                EmitString(emitter, node.GetValue<string>());
                break;
            default:
                // Numbers and booleans as JSON writes them: plain, so they keep their type.
                emitter.Emit(new Scalar(null, null, OutputWriter.Compact(node), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    private static void EmitString(IEmitter emitter, string text)
    {
        text = WellFormed(text);
        var style = text.AsSpan().ContainsAny(s_breaksAndBom) || Yaml11Extra().IsMatch(text) || text.Contains(" *", StringComparison.Ordinal)
            ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        s_strings.Emit(new ScalarEventInfo(new ObjectDescriptor(text, typeof(string), typeof(string))) { Style = style }, emitter);
    }

    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString()); // EnumerateRunes yields U+FFFD for a lone surrogate.
        }

        return builder.ToString();
    }

    /// <summary>
    /// Plain scalars that are not strings and that YamlDotNet's combined rule does not quote: YAML 1.1 timestamps,
    /// merge and value keys, any-case booleans, dotted floats, and YAML 1.2 floats with an exponent (<c>1e3</c>).
    /// </summary>
    [GeneratedRegex(
        @"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*Z|[-+][0-9]{1,2}(?::[0-9]{2})?)?)?"
        + @"|<<|="
        + @"|(?i:y|yes|n|no|true|false|on|off|null)"
        + @"|[-+]?(?:[0-9][0-9_]*)?\.[0-9._]*(?:[eE][-+][0-9]+)?"
        + @"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Extra();

    /// <summary>
    /// Writes a byte-order mark as the escape <c>\uFEFF</c>: readers drop a raw one. It can only occur inside a
    /// string that <see cref="EmitString"/> double-quoted, where the escape means the same character.
    /// </summary>
    private sealed class BomEscapingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\uFEFF')
            {
                inner.Write("\\uFEFF");
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => inner.Write(value?.Replace("\uFEFF", "\\uFEFF", StringComparison.Ordinal));

        public override void Flush() => inner.Flush();
    }
}
