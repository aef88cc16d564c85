using System.Text;
using System.Text.Json;

namespace Mist.Mcp.Tests;

/// <summary>The stdio guard answers what JSON-RPC 2.0 requires and passes every other line through unchanged.</summary>
public class JsonRpcGuardTests
{
    [Theory]
    [InlineData("this is not json", -32700, null)]
    [InlineData("""[{"jsonrpc":"2.0","id":3,"method":"tools/list"}]""", -32600, null)]
    [InlineData("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{}}""", -32602, "2")]
    [InlineData("""{"jsonrpc":"2.0","id":"a","method":"tools/call"}""", -32602, "\"a\"")]
    [InlineData("""{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":5}}""", -32602, "4")]
    [InlineData("42", -32600, null)]
    public async Task A_bad_line_gets_its_error_and_is_not_passed_on(string line, int code, string? id)
    {
        var (replies, passed) = await RunAsync(line + "\n");

        var reply = Assert.Single(replies);
        Assert.Equal(code, reply.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(id ?? "null", reply.GetProperty("id").GetRawText());
        Assert.Equal("2.0", reply.GetProperty("jsonrpc").GetString());
        Assert.Empty(passed);
    }

    [Fact]
    public async Task Good_lines_pass_unchanged_and_blank_lines_are_skipped()
    {
        const string request = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{}}}""";

        var (replies, passed) = await RunAsync($"\n{request}\r\n   \n{request}");

        Assert.Empty(replies);
        Assert.Equal([request, request], passed.Select(p => p.TrimEnd('\r')));
    }

    [Fact]
    public async Task A_line_over_the_limit_is_refused_without_being_kept()
    {
        var huge = "{\"x\":\"" + new string('a', JsonRpcLineGuard.MaxLineBytes + 10) + "\"}\n{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":9}\n";

        var (replies, passed) = await RunAsync(huge);

        Assert.Equal(-32600, Assert.Single(replies).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Single(passed);
    }

    private static async Task<(List<JsonElement> Replies, List<string> Passed)> RunAsync(string input)
    {
        var output = new MemoryStream();
        var stdout = new LineAtomicStream(output);
        var guard = new JsonRpcLineGuard(new MemoryStream(Encoding.UTF8.GetBytes(input)), stdout);
        var passedText = Task.Run(async () => await new StreamReader(guard.Passed).ReadToEndAsync(TestContext.Current.CancellationToken));
        await guard.RunAsync(TestContext.Current.CancellationToken);
        var passed = (await passedText).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var replies = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l)).ToList();
        return (replies, passed);
    }
}
