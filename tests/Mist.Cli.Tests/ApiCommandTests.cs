using System.Text.Json.Nodes;

namespace Mist.Cli.Tests;

public class ApiCommandTests
{
    private const string SitesRoute = "/api/v1/orgs/{org_id}/sites";
    private const string SiteRoute = "/api/v1/sites/{site_id}";

    [Fact]
    public async Task Get_prints_the_json_body_and_accepts_a_leading_api_v1()
    {
        await using var cli = await CliHarness.StartAsync();

        var relative = await cli.RunAsync("api", "self");
        var absolute = await cli.RunAsync("api", "/api/v1/self");

        Assert.Equal(0, relative.ExitCode);
        Assert.NotNull(relative.Json["email"]);
        Assert.Equal(relative.Json.ToJsonString(), absolute.Json.ToJsonString());
        Assert.Equal(2, cli.Simulator.Counters.Get("GET", "/api/v1/self"));
    }

    [Fact]
    public async Task The_org_id_placeholder_is_the_current_org()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.Orgs[0];

        var implicitOrg = await cli.RunAsync("api", "orgs/{org_id}");
        cli.Environment["MIST_API_TOKEN"] = cli.Simulator.Tokens.Msp;
        var ambiguous = await cli.RunAsync("api", "orgs/{org_id}");
        var named = await cli.RunAsync("api", "orgs/{org_id}", "--org", org.Name);
        var created = await cli.RunAsync("api", "orgs/{org_id}/sites", "--org", org.Name, "-f", "name=Placeholder", "-f", "latlng={\"lat\":1,\"lng\":2}");

        Assert.Equal(0, implicitOrg.ExitCode);
        Assert.Equal(org.Id, implicitOrg.Json["id"]!.GetValue<string>());
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("--org", ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Equal(org.Id, named.Json["id"]!.GetValue<string>());
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(org.Id, created.Json["org_id"]!.GetValue<string>());
        Assert.Equal(2, created.Json["latlng"]!["lng"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_fields_become_query_parameters()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;

        var result = await cli.RunAsync("api", "-X", "GET", $"orgs/{org}/sites", "-f", "limit=2", "-f", "page=1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Json.AsArray().Count);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Post_with_fields_sends_a_json_typed_object_and_defaults_to_post()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;

        var created = await cli.RunAsync("api", $"orgs/{org}/sites", "-f", "name=Nice", "-f", "timezone=Europe/Paris", "-f", "latlng={\"lat\":43.7,\"lng\":7.26}");
        var id = created.Json["id"]!.GetValue<string>();
        var viewed = await cli.RunAsync("api", $"sites/{id}");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(1, cli.Simulator.Counters.Get("POST", SitesRoute));
        Assert.Equal("Nice", viewed.Json["name"]!.GetValue<string>());
        Assert.Equal(43.7, viewed.Json["latlng"]!["lat"]!.GetValue<double>());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, viewed.Json["latlng"]!["lng"]!.GetValueKind());
    }

    [Fact]
    public async Task Put_updates_only_the_fields_given()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var result = await cli.RunAsync("api", "-X", "put", $"sites/{site.Id}", "-f", "notes=from api", "-f", "vars={\"floor\":2}");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("from api", result.Json["notes"]!.GetValue<string>());
        Assert.Equal(2, result.Json["vars"]!["floor"]!.GetValue<int>());
        Assert.Equal(site.Name, result.Json["name"]!.GetValue<string>());
        Assert.Equal(1, cli.Simulator.Counters.Get("PUT", SiteRoute));
    }

    [Fact]
    public async Task Delete_needs_yes_when_not_interactive_and_then_the_site_is_gone()
    {
        await using var cli = await CliHarness.StartAsync();
        var site = cli.Seed.Sites[0];

        var refused = await cli.RunAsync("api", "-X", "DELETE", $"sites/{site.Id}");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Total);

        var asked = await cli.RunAsync(["api", "-X", "DELETE", $"sites/{site.Id}"], tty: true, c => c.Type("no"));
        Assert.Equal(3, asked.ExitCode);
        Assert.Contains($"Type '{site.Id}' to send DELETE /api/v1/sites/{site.Id}: ", asked.Stderr, StringComparison.Ordinal);

        var deleted = await cli.RunAsync("api", "-X", "DELETE", $"sites/{site.Id}", "--yes");
        var gone = await cli.RunAsync("api", $"sites/{site.Id}");

        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal(string.Empty, deleted.Stdout);
        Assert.Equal(1, cli.Simulator.Counters.Get("DELETE", SiteRoute));
        Assert.Equal(5, gone.ExitCode);
        Assert.NotNull(gone.Json["detail"]);
        Assert.Contains("answered 404", gone.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_reads_the_body_from_a_file_or_from_stdin()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;
        var file = Path.Combine(cli.StateDir, "site.json");
        Directory.CreateDirectory(cli.StateDir);
        File.WriteAllText(file, """{"name": "From File", "country_code": "DE"}""");

        var fromFile = await cli.RunAsync("api", $"orgs/{org}/sites", "--input", file);
        var id = fromFile.Json["id"]!.GetValue<string>();
        var fromStdin = await cli.RunAsync(["api", "-X", "PUT", $"sites/{id}", "--input", "-"], setup: c => c.Stdin = """{"notes": "from stdin"}""");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal("DE", fromFile.Json["country_code"]!.GetValue<string>());
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal("from stdin", fromStdin.Json["notes"]!.GetValue<string>());
        Assert.Equal("From File", fromStdin.Json["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paginate_merges_every_page_of_a_page_numbered_list()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;
        var expected = cli.Seed.Sites.Where(s => s.OrgId == org).Select(s => s.Id).Order().ToList();

        var merged = await cli.RunAsync("api", $"orgs/{org}/sites", "-f", "limit=1", "--paginate");
        var ndjson = await cli.RunAsync("api", $"orgs/{org}/sites?limit=2", "--paginate", "-o", "ndjson");

        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(expected, merged.Json.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order());
        Assert.True(expected.Count >= 3);
        Assert.Equal(0, ndjson.ExitCode);
        var lines = ndjson.Stdout.TrimEnd().Split('\n');
        Assert.Equal(expected, lines.Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).Order());
        Assert.True(cli.Simulator.Counters.Get("GET", SitesRoute) >= expected.Count + 2);
    }

    [Fact]
    public async Task Paginate_follows_the_next_links_of_a_search()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;
        var first = await cli.RunAsync("api", $"orgs/{org}/devices/search?limit=1000");
        var total = first.Json["total"]!.GetValue<int>();
        cli.Simulator.Counters.Reset();

        var merged = await cli.RunAsync("api", $"orgs/{org}/devices/search", "-f", "limit=3", "--paginate");

        Assert.Equal(0, merged.ExitCode);
        var macs = merged.Json.AsArray().Select(d => d!["mac"]!.GetValue<string>()).ToList();
        Assert.True(total > 6);
        Assert.Equal(total, macs.Count);
        Assert.Equal(macs.Count, macs.Distinct().Count());
        Assert.True(cli.Simulator.Counters.Get("GET", "/api/v1/orgs/{org_id}/devices/search") >= (total + 2) / 3);
    }

    [Fact]
    public async Task Include_prints_the_status_line_and_headers_before_the_body()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;

        var result = await cli.RunAsync("api", "-X", "GET", $"orgs/{org}/sites", "-f", "limit=1", "-i");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("HTTP 200 OK\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("X-Page-Limit: 1\n", result.Stdout, StringComparison.OrdinalIgnoreCase);
        var body = result.Stdout[(result.Stdout.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        Assert.Single(JsonNode.Parse(body)!.AsArray());
    }

    [Fact]
    public async Task Error_statuses_print_mists_body_and_map_to_exit_codes()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;

        var invalid = await cli.RunAsync("api", $"orgs/{org}/sites", "-f", "timezone=Europe/Paris");
        var missing = await cli.RunAsync("api", $"sites/{Guid.NewGuid()}");
        cli.Environment["MIST_API_TOKEN"] = cli.Simulator.Tokens.OtherOrg;
        var forbidden = await cli.RunAsync("api", $"orgs/{org}/sites");
        cli.Environment["MIST_API_TOKEN"] = "an-unknown-token-0000";
        var unauthorized = await cli.RunAsync("api", "self");

        Assert.Equal(1, invalid.ExitCode);
        Assert.NotNull(invalid.Json["detail"]);
        Assert.Contains("answered 400", invalid.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, missing.ExitCode);
        Assert.Equal(4, forbidden.ExitCode);
        Assert.Contains("answered 403", forbidden.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, unauthorized.ExitCode);
        Assert.Contains("mist auth login", unauthorized.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("an-unknown-token-0000", unauthorized.Stdout + unauthorized.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_the_write_and_sends_none()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;
        var site = cli.Seed.Sites[0];

        var post = await cli.RunAsync("api", $"orgs/{org}/sites", "-f", "name=Dry", "--dry-run", "-o", "json");
        var delete = await cli.RunAsync("api", "-X", "DELETE", $"sites/{site.Id}", "--dry-run");

        Assert.Equal(0, post.ExitCode);
        Assert.Equal("POST", post.Json["method"]!.GetValue<string>());
        Assert.Equal($"/api/v1/orgs/{org}/sites", post.Json["path"]!.GetValue<string>());
        Assert.Equal("""{"name":"Dry"}""", post.Json["body"]!.ToJsonString());
        Assert.Equal(0, delete.ExitCode);
        Assert.Contains($"DELETE /api/v1/sites/{site.Id}", delete.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task Query_and_fields_apply_to_the_answer()
    {
        await using var cli = await CliHarness.StartAsync();
        var org = cli.Seed.PrimaryOrgId;

        var names = await cli.RunAsync("api", $"orgs/{org}/sites", "--query", "[].name");
        var csv = await cli.RunAsync("api", $"orgs/{org}/sites", "--fields", "id,name", "-o", "csv");

        Assert.Equal(0, names.ExitCode);
        Assert.All(names.Json.AsArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.String, n!.GetValueKind()));
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("id,name", csv.Stdout, StringComparison.Ordinal);
    }
}
