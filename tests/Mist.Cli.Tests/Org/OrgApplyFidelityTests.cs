using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Mist.Cli.Commands.Org.Apply;

namespace Mist.Cli.Tests.Org;

/// <summary>Where apply and export must behave as Mist does: secrets left out, SSID lengths, streaming that changes nothing.</summary>
public class OrgApplyFidelityTests
{
    [Fact]
    public async Task A_no_secrets_export_skips_the_objects_whose_secret_the_target_lacks_and_says_why()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var plain = OrgConfigFixture.TempFile("plain.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--out", plain)).ExitCode);

        var applied = await org.RunAsync("org", "apply", plain, "--org", org.OtherOrgId, "--yes", "-o", "json");

        Assert.True(applied.ExitCode == 0, applied.ToString());
        var rows = applied.Json.AsArray().OfType<JsonObject>().ToDictionary(r => (string)r["address"]!);
        foreach (var address in new[] { "org/wlans/Corp @ Branch", "org/psks/lobby-tablet", "org/webhooks/siem" })
        {
            Assert.Equal("skipped", (string?)rows[address]["result"]);
            Assert.Equal(Placeholders.MissingSecret, (string?)rows[address]["reason"]);
            Assert.Contains($"! {address}: {Placeholders.MissingSecret}", applied.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal("created", (string?)rows["org/sitegroups/West"]["result"]);
        Assert.Equal("created", (string?)rows["org/templates/Branch"]["result"]);
        Assert.DoesNotContain(rows.Values, r => (string?)r["result"] == "failed");
        Assert.Contains("3 skipped (secret placeholder", applied.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Corp", "Corp (imported)")]
    [InlineData("abcdefghijklmnopqrstu", "abcdefghijklmnopqrstu (imported)")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123", "abcdefghijklmnopqrstu (imported)")]
    [InlineData("Guest network of the 2nd floor", "Guest network of the (imported)")]
    [InlineData("ééééééééééééééé", "éééééééééé (imported)")]
    [InlineData("😀😀😀😀😀😀😀😀", "😀😀😀😀😀 (imported)")]
    public void A_renamed_ssid_fits_in_32_bytes_of_utf8_cut_by_whole_characters(string ssid, string expected)
    {
        var renamed = ApplyPlanner.WithSuffix(ssid, ApplyPlanner.MaxSsidBytes);

        Assert.Equal(expected, renamed);
        Assert.True(Encoding.UTF8.GetByteCount(renamed) <= ApplyPlanner.MaxSsidBytes, renamed);
    }

    [Fact]
    public async Task A_rename_of_a_long_ssid_creates_one_of_32_bytes_at_most_and_a_second_run_reuses_it()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var site = org.Site.Id;
        var ssid = "Guest network of the 2nd floor";
        await org.SendAsync(HttpMethod.Post, $"sites/{site}/wlans", new JsonObject { ["ssid"] = ssid, ["vlan_id"] = 10, ["auth"] = new JsonObject { ["type"] = "open" } });
        var a = OrgConfigFixture.TempFile("a.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OrgId, "--include-secrets", "--out", a)).ExitCode);
        Assert.Equal(0, (await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--yes")).ExitCode);
        var b = OrgConfigFixture.TempFile("b.json");
        Assert.Equal(0, (await org.RunAsync("org", "export", "--org", org.OtherOrgId, "--include-secrets", "--out", b)).ExitCode);
        var bSite = JsonNode.Parse(await File.ReadAllTextAsync(b, TestContext.Current.CancellationToken))!["sites"]!.AsArray().Single(s => (string?)s!["name"] == org.Site.Name)!;
        var copy = bSite["objects"]!["wlans"]!.AsArray().Single(w => (string?)w!["ssid"] == ssid)!;
        await org.SendAsync(HttpMethod.Put, $"sites/{bSite["id"]}/wlans/{copy["id"]}", new JsonObject { ["vlan_id"] = 99 });

        var renamed = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--on-conflict", "rename", "--yes", "-o", "json");
        var again = await org.RunAsync("org", "apply", a, "--org", org.OtherOrgId, "--on-conflict", "rename", "--yes", "-o", "json");

        Assert.True(renamed.ExitCode == 0, renamed.ToString());
        var created = renamed.Json.AsArray().Single(r => (string?)r!["result"] == "created")!;
        Assert.Equal($"site/{org.Site.Name}/wlans/Guest network of the (imported)", (string?)created["address"]);
        var wlans = await org.Client.SendAsync(new MistRequest(HttpMethod.Get, $"sites/{bSite["id"]}/wlans"), TestContext.Current.CancellationToken);
        var ssids = JsonNode.Parse(wlans.Text)!.AsArray().Select(w => (string)w!["ssid"]!).ToList();
        Assert.Contains("Guest network of the (imported)", ssids);
        Assert.All(ssids, s => Assert.True(Encoding.UTF8.GetByteCount(s) <= 32, s));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain(again.Json.AsArray(), r => (string?)r!["result"] is "created" or "updated");
    }

    [Fact]
    public async Task An_export_streamed_to_a_file_is_byte_for_byte_the_document_printed_on_stdout()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));
        var org = await OrgConfigFixture.StartAsync(time: time);
        await using var cli = org.Cli;
        foreach (var secrets in new[] { false, true })
        {
            var path = OrgConfigFixture.TempFile("org.json");
            string[] extra = secrets ? ["--include-secrets"] : [];

            var printed = await org.RunAsync(["org", "export", "--org", org.OrgId, .. extra]);
            var written = await org.RunAsync(["org", "export", "--org", org.OrgId, "--out", path, .. extra]);

            Assert.True(printed.ExitCode == 0, printed.ToString());
            Assert.True(written.ExitCode == 0, written.ToString());
            Assert.Equal(printed.Stdout, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
            Assert.Contains("site(s)", written.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
        }
    }
}
