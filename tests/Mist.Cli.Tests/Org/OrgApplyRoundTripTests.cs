using System.Text.Json.Nodes;
using Mist.Simulator;

namespace Mist.Cli.Tests.Org;

/// <summary>The test: export org A, apply to org B, export B, no difference; again, nothing written; a failure half-way, then a re-run; a restore.</summary>
public class OrgApplyRoundTripTests
{
    [Fact]
    public async Task Apply_to_another_org_reproduces_it_and_a_second_apply_writes_nothing()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var a = OrgConfigFixture.TempFile("a.json");
        var b = OrgConfigFixture.TempFile("b.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", a)).ExitCode);
        await org.SendAsync(HttpMethod.Post, $"orgs/{org.OtherOrgId}/sitegroups", new JsonObject { ["name"] = "Obsolete" });

        var applied = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune", "--yes", "-o", "json");
        var exported = await org.RunAsync("org", "export", "--org", org.OtherOrgId, "--include-secrets", "--out", b);
        var diff = await org.RunAsync("org", "diff", a, b, "--no-devices");
        var writes = cli.Simulator.Counters.Writes;
        var again = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune", "--yes", "-o", "json");

        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.True(applied.Json.AsArray().Any(r => (string?)r!["result"] == "created" && (string?)r["address"] == "org/wlans/Corp @ Branch"), applied.ToString());
        Assert.True(applied.Json.AsArray().Any(r => (string?)r!["result"] == "deleted" && (string?)r["address"] == "org/sitegroups/Obsolete"), applied.ToString());
        Assert.Contains("Plan for org", applied.Stderr, StringComparison.Ordinal);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(writes, cli.Simulator.Counters.Writes);
        Assert.All(again.Json.AsArray(), r => Assert.Contains((string?)r!["result"], new[] { "unchanged", "absent" }));

        // The WLAN in B refers to B's template, and the template applies to B's copy of the site.
        var bDocument = JsonNode.Parse(await File.ReadAllTextAsync(b, TestContext.Current.CancellationToken))!;
        Assert.Equal(30, bDocument["org_setting"]!["ui_idle_timeout"]!.GetValue<int>());
        var template = bDocument["org_objects"]!["templates"]!.AsArray().Single()!;
        Assert.Equal((string?)template["id"], (string?)bDocument["org_objects"]!["wlans"]![0]!["template_id"]);
        var site = bDocument["sites"]!.AsArray().Single(s => (string?)s!["name"] == org.Site.Name)!;
        Assert.Equal((string?)site["id"], (string?)template["applies"]!["site_ids"]![0]);
        Assert.NotEqual(org.Site.Id, (string?)site["id"]);
    }

    [Fact]
    public async Task An_apply_that_fails_half_way_completes_when_run_again()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var a = OrgConfigFixture.TempFile("a.json");
        var b = OrgConfigFixture.TempFile("b.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", a)).ExitCode);

        // Creates are not retried after a 5xx (the server may have acted): some objects fail, the others are done.
        cli.Simulator.SetFaults(new FaultOptions { FiveXxRate = 0.3, Seed = 7 });
        var failed = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune", "--yes", "-o", "json");
        cli.Simulator.SetFaults(FaultOptions.None);
        var resumed = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--prune", "--yes", "-o", "json");
        var exported = await org.RunAsync("org", "export", "--org", org.OtherOrgId, "--include-secrets", "--out", b);
        var diff = await org.RunAsync("org", "diff", a, b, "--no-devices");

        Assert.True(failed.ExitCode is 1 or 6, failed.ToString());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains(resumed.Json.AsArray(), r => (string?)r!["result"] == "unchanged");
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.True(diff.ExitCode == 0, diff.ToString());
    }

    [Fact]
    public async Task A_restore_brings_back_a_deleted_site_a_changed_wlan_and_a_renamed_device()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var backup = OrgConfigFixture.TempFile("backup.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", backup)).ExitCode);
        var device = cli.Seed.Devices.First(d => d.OrgId == org.OrgId && d.SiteId is not null && d.SiteId != org.Site.Id);

        await org.SendAsync(HttpMethod.Delete, $"sites/{org.Site.Id}");
        await org.SendAsync(HttpMethod.Put, $"orgs/{org.OrgId}/wlans/{org.CorpWlanId}", new JsonObject { ["vlan_id"] = 99 });
        await org.SendAsync(HttpMethod.Put, $"sites/{device.SiteId}/devices/{device.Id}", new JsonObject { ["name"] = "renamed-by-mistake" });
        var before = await org.RunAsync("org", "diff", backup, "--org", org.OrgId, "-o", "json");
        var restored = await org.RunAsync("org", "apply", backup, "--org", org.OrgId, "-o", "json");
        var after = await org.RunAsync("org", "diff", backup, "--org", org.OrgId);

        Assert.Equal(1, before.ExitCode);
        var differences = before.Json["differences"]!.AsArray();
        Assert.Contains(differences, d => (string?)d!["address"] == "site/" + org.Site.Name && (string?)d["change"] == "only_in_a");
        Assert.Contains(differences, d => (string?)d!["address"] == "org/wlans/Corp @ Branch" && d["fields"]![0]!["field"]!.GetValue<string>() == "vlan_id");
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Contains(restored.Json.AsArray(), r => (string?)r!["address"] == "site/" + org.Site.Name && (string?)r["result"] == "created");
        Assert.Contains(restored.Json.AsArray(), r => (string?)r!["address"] == "org/wlans/Corp @ Branch" && (string?)r["result"] == "updated" && (string?)r["fields"] == "vlan_id");
        Assert.Contains(restored.Json.AsArray(), r => (string?)r!["address"] == "device/" + device.Mac && (string?)r["result"] == "updated");
        // The deleted site's devices went back to the inventory unassigned: they are assigned to the new site again.
        var moved = cli.Seed.Devices.First(d => d.SiteId == org.Site.Id);
        Assert.Contains(restored.Json.AsArray(), r => (string?)r!["address"] == "device/" + moved.Mac && (string?)r["result"] == "assigned");
        Assert.True(after.ExitCode == 0, after.ToString());
    }
}
