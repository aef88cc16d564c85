using System.Text.Json.Nodes;
using Mist.Cli.Output.Query;

namespace Mist.Cli.Tests;

public class JmesQueryTests
{
    private const string Sites = """
        {"sites":[
          {"name":"Paris","country_code":"FR","devices":3,"tags":["a","b"],"latlng":{"lat":48.8,"lng":2.3}},
          {"name":"Lyon","country_code":"FR","devices":1,"tags":[]},
          {"name":"Zürich","country_code":"CH","devices":7,"tags":["c"]},
          {"name":"Bern","country_code":"CH","devices":null}
        ]}
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "sites[0].name", Sites, "\"Paris\"" },
        { "sites[-1].name", Sites, "\"Bern\"" },
        { "sites[].name", Sites, """["Paris","Lyon","Zürich","Bern"]""" },
        { "sites[*].latlng.lat", Sites, "[48.8]" },
        { "sites[?country_code=='CH'].name", Sites, """["Zürich","Bern"]""" },
        { "sites[?devices > `2`].name", Sites, """["Paris","Zürich"]""" },
        { "sites[?devices >= `1` && country_code == 'FR'] | length(@)", Sites, "2" },
        { "sites[?!tags].name", Sites, """["Lyon","Bern"]""" },
        { "sites[].tags[]", Sites, """["a","b","c"]""" },
        { "sites[].{n: name, c: country_code} | [0]", Sites, """{"n":"Paris","c":"FR"}""" },
        { "sites[0].[name, devices]", Sites, """["Paris",3]""" },
        { "sites[1:3].name", Sites, """["Lyon","Zürich"]""" },
        { "sites[::-1].name", Sites, """["Bern","Zürich","Lyon","Paris"]""" },
        { "sites[::2].name", Sites, """["Paris","Zürich"]""" },
        { "sort_by(sites, &name)[].name", Sites, """["Bern","Lyon","Paris","Zürich"]""" },
        { "sort(sites[].name)", Sites, """["Bern","Lyon","Paris","Zürich"]""" },
        { "max_by(sites[?devices], &devices).name", Sites, "\"Zürich\"" },
        { "min_by(sites[?devices], &devices).name", Sites, "\"Lyon\"" },
        { "sum(sites[].devices)", Sites, "11" },
        { "avg(sites[?devices].devices)", Sites, "3.6666666666666665" },
        { "max(sites[].devices)", Sites, "7" },
        { "length(sites[0].name)", Sites, "5" },
        { "length(sites[2].name)", Sites, "6" },
        { "map(&name, sites)", Sites, """["Paris","Lyon","Zürich","Bern"]""" },
        { "join(', ', sites[].country_code)", Sites, "\"FR, FR, CH, CH\"" },
        { "contains(sites[].name, 'Lyon')", Sites, "true" },
        { "sites[?contains(name, 'ri')].name", Sites, """["Paris","Zürich"]""" },
        { "sites[?starts_with(name, 'B')].name", Sites, """["Bern"]""" },
        { "keys(sites[0].latlng)", Sites, """["lat","lng"]""" },
        { "values(sites[0].latlng)", Sites, "[48.8,2.3]" },
        { "merge(sites[0].latlng, `{\"lat\": 1}`)", Sites, """{"lat":1,"lng":2.3}""" },
        { "not_null(sites[3].devices, 'none')", Sites, "\"none\"" },
        { "reverse(sites[0].tags)", Sites, """["b","a"]""" },
        { "to_string(sites[0].devices)", Sites, "\"3\"" },
        { "to_number('42')", Sites, "42" },
        { "to_array(sites[0].name)", Sites, """["Paris"]""" },
        { "type(sites)", Sites, "\"array\"" },
        { "type(@)", Sites, "\"object\"" },
        { "abs(`-3`)", Sites, "3" },
        { "floor(`2.5`)", Sites, "2" },
        { "ceil(`2.5`)", Sites, "3" },
        { "sites[0].missing || 'default'", Sites, "\"default\"" },
        { "sites[*].latlng.*", Sites, "[[48.8,2.3]]" },
        { "*.name", """{"a":{"name":"x"},"b":{"name":"y"}}""", """["x","y"]""" },
        { "\"with space\"", """{"with space":1}""", "1" },
        { "a.b.c", """{"a":{"b":null}}""", "null" },
        { "[0][1]", "[[1,2],[3]]", "2" },
        { "[]", "[[1,2],[3],4]", "[1,2,3,4]" },
        { "`[1, 2]` == `[1, 2]`", "{}", "true" },
        { "`1` == `1.0`", "{}", "true" },
        { "'a' < 'b'", "{}", "null" },
        { "@", "[1]", "[1]" },
        { "sites[?country_code=='FR'] | [0].name", Sites, "\"Paris\"" },
        { "sites[].name | [1]", Sites, "\"Lyon\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluates_like_the_specification(string expression, string input, string expected)
    {
        var result = JmesQuery.Parse(expression).Apply(JsonNode.Parse(input));

        Assert.Equal(expected, result?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null");
    }

    [Theory]
    [InlineData("[?name ==")]
    [InlineData("sites[")]
    [InlineData("a.")]
    [InlineData("unknown_function(@)")]
    [InlineData("\"quoted\"(@)")]
    [InlineData("a[1:2:3:4]")]
    [InlineData("`{bad json`")]
    [InlineData("{a: b")]
    [InlineData("a ~ b")]
    public void Refuses_expressions_that_do_not_parse(string expression) =>
        Assert.Throws<JmesException>(() => JmesQuery.Parse(expression));

    [Theory]
    [InlineData("length(`1`)")]
    [InlineData("sum(`[\"a\"]`)")]
    [InlineData("sort(`[1, \"a\"]`)")]
    [InlineData("abs(`1`, `2`)")]
    [InlineData("sort_by(@, name)")]
    public void Refuses_arguments_of_the_wrong_type_or_number(string expression) =>
        Assert.Throws<JmesException>(() => JmesQuery.Parse(expression).Apply(JsonNode.Parse("[]")));

    [Fact]
    public void Leaves_the_input_unchanged()
    {
        var input = JsonNode.Parse(Sites)!;
        var before = input.ToJsonString();

        JmesQuery.Parse("sites[?devices > `0`] | sort_by(@, &name)[].{n: name, t: tags}").Apply(input);

        Assert.Equal(before, input.ToJsonString());
    }

    [Theory]
    [InlineData("sort(@)", """["\uffff","😀","a"]""", """["a","\uffff","😀"]""")]
    [InlineData("sort_by(@, &@)", """["😀","\uffff"]""", """["\uffff","😀"]""")]
    [InlineData("max(@)", """["\uffff","😀"]""", "\"😀\"")]
    [InlineData("min(@)", """["😀","\uffff"]""", "\"\uffff\"")]
    [InlineData("sort(@)", """["ab","a","\ud7ff","\ue000"]""", """["a","ab","\ud7ff","\ue000"]""")]
    public void Strings_are_ordered_by_code_point(string query, string input, string expected) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JmesQuery.Parse(query).Apply(JsonNode.Parse(input))!.ToJsonString());

    [Theory]
    [InlineData("[9007199254740993]", "9007199254740993")]
    [InlineData("[9007199254740992, 1]", "9007199254740993")]
    [InlineData("[9223372036854775807, 1]", "9223372036854775808")]
    [InlineData("[-3, 1]", "-2")]
    [InlineData("[1.5, 1]", "2.5")]
    [InlineData("[]", "0")]
    public void Sum_of_integers_is_exact(string input, string expected) =>
        Assert.Equal(expected, JmesQuery.Parse("sum(@)").Apply(JsonNode.Parse(input))!.ToJsonString());
}
