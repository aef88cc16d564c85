using System.Text.Json.Nodes;

namespace Mist.Cli.Tests.Org;

/// <summary>diff's output and exit codes, apply's plan, dry run, confirmation and conflict policies, and bad input.</summary>
public class OrgDiffApplyInputTests
{
    [Fact]
    public async Task Diff_prints_each_changed_field_and_exits_1_and_0_when_equal()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var a = OrgConfigFixture.TempFile("a.json");
        var b = OrgConfigFixture.TempFile("b.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--out", a)).ExitCode);
        await org.SendAsync(HttpMethod.Put, $"orgs/{org.OrgId}/wlans/{org.CorpWlanId}", new JsonObject { ["vlan_id"] = 30, ["auth"] = new JsonObject { ["type"] = "psk", ["psk"] = "new-secret-2" } });
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--out", b)).ExitCode);

        var same = await org.RunAsync("org", "diff", a, a);
        var text = await org.RunAsync("org", "diff", a, b);
        var json = await org.RunAsync("org", "diff", a, b, "-o", "json");
        var live = await org.RunAsync("org", "diff", a, "--org", org.OrgId, "-o", "json");

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("No difference", same.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("~ org/wlans/Corp @ Branch", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("    vlan_id: 10 -> 30", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        Assert.False(json.Json["equal"]!.GetValue<bool>());
        Assert.True(json.Json["differences"]!.AsArray().Count == 1, json.Stdout);
        var fields = json.Json["differences"]!.AsArray().Single()!["fields"]!.AsArray();
        Assert.Equal(["vlan_id"], fields.Select(f => (string)f!["field"]!));
        // The live org holds the new PSK, the file only the placeholder: not a difference, and never printed.
        Assert.Equal(1, live.ExitCode);
        Assert.DoesNotContain("new-secret-2", live.Stdout + live.Stderr, StringComparison.Ordinal);
        Assert.True(live.Json["differences"]!.AsArray().Count == 1, live.Stdout);
        Assert.Equal(["vlan_id"], live.Json["differences"]!.AsArray().Single()!["fields"]!.AsArray().Select(f => (string)f!["field"]!));
    }

    [Fact]
    public async Task Plan_and_dry_run_send_nothing_and_prune_needs_confirmation()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var a = OrgConfigFixture.TempFile("a.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", a)).ExitCode);
        await org.SendAsync(HttpMethod.Post, $"orgs/{org.OtherOrgId}/sitegroups", new JsonObject { ["name"] = "Obsolete" });
        var writes = cli.Simulator.Counters.Writes;

        var plan = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune", "--plan");
        var planJson = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--plan", "-o", "json");
        var dryRun = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--dry-run");
        var unconfirmed = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Matches(@"Plan for org .*: \d+ to create, \d+ to update, [1-9]\d* to delete", plan.Stdout);
        Assert.Contains("+ org/templates/Branch", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("- org/sitegroups/Obsolete", plan.Stdout, StringComparison.Ordinal);
        Assert.True(planJson.ExitCode == 0, planJson.ToString());
        Assert.True(planJson.Json["create"]!.GetValue<int>() > 0);
        Assert.Equal(0, planJson.Json["delete"]!.GetValue<int>());
        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Contains("POST /api/v1/orgs/" + org.OtherOrgId + "/templates", dryRun.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("corp-secret-1", dryRun.Stdout + dryRun.Stderr + plan.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, unconfirmed.ExitCode);
        Assert.Equal(writes, cli.Simulator.Counters.Writes);
    }

    [Fact]
    public async Task On_conflict_skip_leaves_a_differing_object_and_rename_creates_it_beside()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var a = OrgConfigFixture.TempFile("a.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", a)).ExitCode);
        await org.SendAsync(HttpMethod.Post, $"orgs/{org.OtherOrgId}/rftemplates", new JsonObject { ["name"] = "Dense", ["country_code"] = "DE" });

        var skipped = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--on-conflict", "skip", "-o", "json");
        var renamed = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--on-conflict", "rename", "-o", "json");
        var again = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--on-conflict", "rename", "-o", "json");

        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.Contains(skipped.Json.AsArray(), r => (string?)r!["address"] == "org/rftemplates/Dense" && (string?)r["result"] == "skipped");
        Assert.True(renamed.ExitCode == 0, renamed.ToString());
        Assert.Contains(renamed.Json.AsArray(), r => (string?)r!["address"] == "org/rftemplates/Dense (imported)" && (string?)r["result"] == "created");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains(again.Json.AsArray(), r => (string?)r!["address"] == "org/rftemplates/Dense (imported)" && (string?)r["result"] == "unchanged");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_exit_2_before_anything_is_sent()
    {
        await using var cli = await CliHarness.StartAsync();
        var notJson = OrgConfigFixture.TempFile("bad.json");
        await File.WriteAllTextAsync(notJson, "{ not json", TestContext.Current.CancellationToken);
        var notExport = OrgConfigFixture.TempFile("other.json");
        await File.WriteAllTextAsync(notExport, "{\"format\": \"something-else\"}", TestContext.Current.CancellationToken);
        var future = OrgConfigFixture.TempFile("future.json");
        await File.WriteAllTextAsync(future, "{\"format\": \"mist-org-export\", \"version\": 99, \"org\": {}, \"sites\": []}", TestContext.Current.CancellationToken);
        var missing = OrgConfigFixture.TempFile("missing.json");
        var before = cli.Simulator.Counters.Total;

        var results = new[]
        {
            await cli.RunAsync("org", "diff", missing),
            await cli.RunAsync("org", "diff", notJson, notJson),
            await cli.RunAsync("org", "apply", notExport),
            await cli.RunAsync("org", "apply", future),
            await cli.RunAsync("org", "apply", notExport, "--on-conflict", "merge"),
        };

        Assert.All(results, r => Assert.True(r.ExitCode == 2, r.ToString()));
        Assert.Contains("Cannot read", results[0].Stderr, StringComparison.Ordinal);
        Assert.Contains("is not JSON", results[1].Stderr, StringComparison.Ordinal);
        Assert.Contains("is not an org export", results[2].Stderr, StringComparison.Ordinal);
        Assert.Contains("version 99", results[3].Stderr, StringComparison.Ordinal);
        Assert.Equal(before, cli.Simulator.Counters.Total);
    }

    [Theory]
    [InlineData("org_objects", "{\"wlans\":[null,5]}", "org_objects.wlans[0] must be an object, not null")]
    [InlineData("org_objects", "[]", "org_objects must be an object of collections")]
    [InlineData("sites", "[1,\"a\",null]", "sites[0] must be an object")]
    [InlineData("sites", "[{\"id\":\"x\",\"name\":null}]", "sites[0].name must be a site name")]
    [InlineData("devices", "[{\"mac\":12}]", "devices[0].mac must be a MAC address")]
    public async Task An_edited_export_whose_shape_is_broken_is_refused_and_nothing_is_pruned(string field, string json, string problem)
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var file = OrgConfigFixture.TempFile("broken.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--out", file)).ExitCode);
        var document = JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!.AsObject();
        document[field] = JsonNode.Parse(json);
        await File.WriteAllTextAsync(file, document.ToJsonString(), TestContext.Current.CancellationToken);
        var before = cli.Simulator.Counters.Total;

        var diff = await org.RunAsync("org", "diff", file);
        var apply = await org.RunAsync("org", "apply", file, "--org", org.OrgId, "--prune", "--yes");

        Assert.Equal(2, diff.ExitCode);
        Assert.Equal(2, apply.ExitCode);
        Assert.Contains(problem, apply.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, cli.Simulator.Counters.Total);
    }
}
