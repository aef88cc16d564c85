using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Mist.Cli.Errors;

namespace Mist.Cli.Tests.Hostile;

/// <summary>
/// Issue 12 proof: the real <c>mist</c> against a hostile server on 127.0.0.1, one case per kind of attack, each
/// asserting the requests made, the exit code, the message and that nothing was printed twice.
/// </summary>
public class HostileServerTests
{
    private static readonly string Org = HostileServer.OrgId.ToString();

    private static string Site(int i, string name = "") =>
        $$"""{"id":"{{new Guid(i, 0, 0, new byte[8])}}","org_id":"{{Org}}","name":"{{(name.Length > 0 ? name : "site-" + i)}}"}""";

    private static Task Json(HttpContext context, string json, int status = 200, long? total = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (total is { } t)
        {
            context.Response.Headers["X-Page-Limit"] = "1000";
            context.Response.Headers["X-Page-Page"] = context.Request.Query["page"].ToString();
            context.Response.Headers["X-Page-Total"] = t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return context.Response.WriteAsync(json);
    }

    private static void AssertNothingTwice(string ndjson)
    {
        var lines = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, lines.Distinct().Count());
    }

    [Fact]
    public async Task Site_list_against_a_server_that_ignores_page_stops_with_exit_1()
    {
        var page = "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => Site(i))) + "]";
        await using var server = await HostileServer.StartAsync((c, _) => Json(c, page));

        var result = await server.RunAsync("site", "list", "--org", Org, "-o", "ndjson");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, server.Requests);
        Assert.Equal(1000, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        AssertNothingTwice(result.Stdout);
        Assert.Contains($"/api/v1/orgs/{Org}/sites", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("repeats an item", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_total_with_one_row_prints_the_row_once()
    {
        await using var server = await HostileServer.StartAsync((c, _) => Json(c, "[" + Site(1) + "]", total: 1_000_000));

        var result = await server.RunAsync("site", "list", "--org", Org, "-o", "ndjson");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.InRange(server.Requests, 2, 5);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Api_paginate_with_a_next_link_that_repeats_stops()
    {
        var path = $"/api/v1/orgs/{Org}/sites/search";
        await using var server = await HostileServer.StartAsync((c, n) => Json(c, $$"""{"results":[{{Site(n)}}],"total":500,"next":"{{path}}?search_after=loop"}"""));

        var result = await server.RunAsync("api", $"orgs/{Org}/sites/search", "--paginate", "-o", "ndjson");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, server.Requests);
        AssertNothingTwice(result.Stdout);
        Assert.Contains("already requested", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_is_cut_at_the_cap_and_fetched_once()
    {
        // 96 MiB of spaces inside a JSON string: about 100 KB on the wire.
        var bomb = new MemoryStream();
        await using (var gzip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            spaces.AsSpan().Fill((byte)' ');
            gzip.Write("\""u8);
            for (var i = 0; i < 96; i++)
            {
                gzip.Write(spaces);
            }

            gzip.Write("\""u8);
        }

        var bytes = bomb.ToArray();
        await using var server = await HostileServer.StartAsync(async (c, _) =>
        {
            c.Response.ContentType = "application/json";
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentLength = bytes.Length;
            await c.Response.Body.WriteAsync(bytes);
        });

        var result = await server.RunAsync("api", "self");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(1, server.Requests);
        Assert.Contains("GET /api/v1/self", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("64 MiB limit", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task A_declared_200_MB_body_is_refused_from_its_header()
    {
        await using var server = await HostileServer.StartAsync(async (c, _) =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 200_000_000;
            await c.Response.WriteAsync("[");
            await c.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var result = await server.RunAsync("api", "self");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(1, server.Requests);
        Assert.Contains("200,000,000 bytes", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terminal_escapes_in_a_servers_error_detail_are_shown_escaped()
    {
        await using var server = await HostileServer.StartAsync((c, _) =>
            Json(c, """{"detail":"gone\u001b]52;c;aGk=\u0007\u001b[2J\u202Eevil"}""", status: 404));

        var result = await server.RunAsync("site", "view", Guid.NewGuid().ToString(), "--org", Org);

        Assert.Equal(5, result.ExitCode);
        Assert.Equal(1, server.Requests);
        Assert.DoesNotContain("\u001b", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_names_from_the_server_are_escaped_in_tables_and_neutralised_in_csv()
    {
        var evil = "=HYPERLINK(\\\"http://x\\\")\\u001b[2J\\u202E";
        await using var server = await HostileServer.StartAsync((c, _) => Json(c, "[" + Site(1, evil) + "]", total: 1));

        var table = await server.RunAsync("site", "list", "--org", Org);
        var csv = await server.RunAsync("site", "list", "--org", Org, "-o", "csv", "--fields", "name");
        var json = await server.RunAsync("site", "list", "--org", Org, "-o", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain("\u001b", table.Stdout, StringComparison.Ordinal);
        Assert.Contains(@"\x1B[2J\u{202E}", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv.Stdout, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://x\")\u001b[2J\u202E", JsonNode.Parse(json.Stdout)![0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_rate_limit_hint_mentions_no_wait_only_when_it_was_given(bool noWait)
    {
        var response = new MistResponse(429, [new("Retry-After", ["1"])], Encoding.UTF8.GetBytes("""{"detail":"Too Many Requests"}"""));
        var error = new MistRateLimitException("GET", "/api/v1/self", response, MistErrorBody.Parse(response.Content), TimeSpan.FromSeconds(1));

        var (code, message, hint) = ErrorReporter.Describe(error, noWait);

        Assert.Equal(1, code);
        Assert.Contains("429", message, StringComparison.Ordinal);
        Assert.Equal(noWait, hint!.Contains("--no-wait", StringComparison.Ordinal));
        Assert.Contains("Try again in 1 s", hint, StringComparison.Ordinal);
    }
}
