using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Mist.Cli.Output;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mist.Cli.Tests.Output;

/// <summary>
/// Every string written as YAML, as a key and as a value, reads back as the same string under the YAML 1.1 type
/// rules (yaml.org/type) and the YAML 1.2 core schema (spec 10.3.2): a plain scalar must resolve to a string under
/// both, and a quoted one must carry the exact characters.
/// </summary>
public class YamlOutputTests
{
    // YAML 1.2.2 section 10.3.2, the core schema's tag resolution for plain scalars.
    private static readonly Regex s_core12 = new(
        @"^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
        + @"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|)$");

    // yaml.org/type for YAML 1.1: bool, int, float, null, timestamp, merge and value; booleans in any letter case too
    // (readers differ there, so the output must not depend on it).
    private static readonly Regex s_yaml11 = new(
        @"^(?:(?i:y|yes|n|no|true|false|on|off)|~|null|Null|NULL|"
        + @"|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
        + @"|[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
        + @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        + @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*Z|[-+][0-9][0-9]?(?::[0-9][0-9])?)?"
        + @"|<<|=)$");

    private static readonly string[] s_special =
    [
        "No", "no", "yEs", "ON", "off", "y", "True", "NULL", "~", "", " ", "\t", "0x1F", "0o17", "017", ".inf", "-.Inf", ".nan",
        "12:30", "190:20:30.15", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "0b101", "1_000", "1.2.3", "1e3", "<<", "=",
        "a\rb", "a\r\nb", "x\u0085y", "x\u2028y", "x\u2029y", "\uFEFFx", "x\uFEFF", "- x", "? x", "a: b", "#x", "x #y", "&a", "*a",
        "!t", "|", ">", "%x", "@x", "`x", "'x", "\"x", "{x}", "[x]", "\0", "\u0080", "\uFFFE", "\u00A0", "x\n", "\n", "é",
        "\U0001F600", "\uFFFF", "null: 4", "1: 9",
    ];

    private static readonly Gen<string> s_strings = Gen.OneOf(
        Gen.OneOf(s_special),
        Gen.String[Gen.Char, 0, 12],
        Gen.String[Gen.Char["0123456789.:-+_eExXoObBnNyYtTfF~<=#  \t\r\n\u0085\u2028\uFEFFaZ'\"!&*?|>{}[],%@`"], 0, 10]);

    [Fact]
    public void Every_string_reads_back_unchanged_as_key_and_value_under_yaml_1_1_and_1_2() =>
        s_strings.Sample(text => AssertRoundTrip(text), iter: 20_000);

    [Theory]
    [InlineData("No")]
    [InlineData("a\u2028b")]
    [InlineData("\t")]
    public void Each_input_from_the_issue_reads_back_unchanged(string text) => AssertRoundTrip(text);

    [Fact]
    public void Numbers_booleans_and_null_stay_typed_and_plain()
    {
        var yaml = Write(JsonNode.Parse("""{"a":1,"b":2.5,"c":true,"d":null,"e":"1"}"""));

        Assert.Equal("a: 1\nb: 2.5\nc: true\nd: null\ne: \"1\"\n", yaml);
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character()
    {
        var scalars = Read(Write(new JsonObject { ["k"] = "a\uD800b" }));

        Assert.Equal("a\uFFFDb", scalars[1].Value);
    }

    [Fact]
    public async Task Site_list_as_yaml_keeps_a_site_named_No_a_string()
    {
        await using var cli = await CliHarness.StartAsync();

        await cli.RunAsync("site", "create", "--name", "No");
        var result = await cli.RunAsync("site", "list", "--name", "No", "--fields", "name", "-o", "yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("- name: \"No\"\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    private static void AssertRoundTrip(string text)
    {
        var expected = string.Concat(text.EnumerateRunes().Select(r => r.ToString()));
        var yaml = Write(new JsonObject { [text] = text });
        var scalars = Read(yaml);
        Assert.Equal(2, scalars.Count);
        foreach (var scalar in scalars)
        {
            Assert.True(expected == scalar.Value, $"{Show(text)} was written {Show(yaml)} and read back {Show(scalar.Value)}");
            if (scalar.Style == ScalarStyle.Plain)
            {
                Assert.False(s_core12.IsMatch(scalar.Value), $"{Show(yaml)}: a YAML 1.2 reader resolves this plain scalar to a non-string");
                Assert.False(s_yaml11.IsMatch(scalar.Value), $"{Show(yaml)}: a YAML 1.1 reader resolves this plain scalar to a non-string");
            }

            // Characters that YAML 1.1 readers treat as line breaks, and a byte-order mark, never appear raw.
            Assert.False(yaml.AsSpan().IndexOfAny("\r\u0085\u2028\u2029\uFEFF") >= 0, $"{Show(yaml)} holds a raw break or BOM");
        }
    }

    private static string Write(JsonNode? node)
    {
        var writer = new StringWriter();
        YamlOutput.Write(writer, node);
        return writer.ToString();
    }

    private static List<Scalar> Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var scalars = new List<Scalar>();
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar scalar)
            {
                scalars.Add(scalar);
            }
        }

        return scalars;
    }

    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').ToString();
    }
}
