using System.Text.Json.Nodes;
using Mist.Simulator;

namespace Mist.Cli.Tests.Org;

/// <summary>
/// An org with configuration objects of every shape apply must handle: a WLAN template that applies to a site (a
/// reference cycle), a WLAN in it with a PSK, a site group and an RF template the site refers to, a site WLAN, a map
/// and a zone on it, an org PSK and a webhook with a secret, and site variables.
/// </summary>
internal sealed class OrgConfigFixture(CliHarness cli, MistClient client, string orgId)
{
    public CliHarness Cli { get; } = cli;

    public MistClient Client { get; } = client;

    public string OrgId { get; } = orgId;

    public string OtherOrgId => Cli.Seed.Orgs[1].Id;

    public SeededSite Site => Cli.Seed.Sites.Where(s => s.OrgId == OrgId).OrderBy(s => s.Name, StringComparer.Ordinal).First();

    public string? CorpWlanId { get; private set; }

    /// <summary>A harness whose token (the MSP's) reaches both seeded orgs, with the primary org's objects created.</summary>
    public static async Task<OrgConfigFixture> StartAsync(Action<MistSimulatorOptions>? configure = null, TimeProvider? time = null)
    {
        var cli = await CliHarness.StartAsync(configure, time);
        cli.Environment["MIST_API_TOKEN"] = cli.Simulator.Tokens.Msp;
        var client = new MistClient(new MistCredential(cli.Simulator.Tokens.Msp), new MistClientOptions { Cloud = MistCloud.FromUri(cli.Simulator.BaseAddress) });
        var fixture = new OrgConfigFixture(cli, client, cli.Seed.PrimaryOrgId);
        await fixture.CreateObjectsAsync();
        return fixture;
    }

    public async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body = null)
    {
        var request = new MistRequest(method, path);
        if (body is not null)
        {
            request.WithJson(body);
        }

        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return JsonNode.Parse(response.Text is { Length: > 0 } text ? text : "{}") as JsonObject ?? [];
    }

    /// <summary>A temporary file path for an export.</summary>
    public static string TempFile(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mist-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    public Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(args);

    private async Task CreateObjectsAsync()
    {
        var site = Site.Id;
        await SendAsync(HttpMethod.Put, $"orgs/{OrgId}/setting", new JsonObject { ["ui_idle_timeout"] = 30 });
        var group = await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/sitegroups", new JsonObject { ["name"] = "West" });
        var rf = await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/rftemplates", new JsonObject { ["name"] = "Dense", ["country_code"] = "FR" });
        var template = await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/templates", new JsonObject
        {
            ["name"] = "Branch",
            ["applies"] = new JsonObject { ["site_ids"] = new JsonArray(site) },
        });
        var corp = await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/wlans", new JsonObject
        {
            ["ssid"] = "Corp",
            ["template_id"] = (string)template["id"]!,
            ["vlan_id"] = 10,
            ["auth"] = new JsonObject { ["type"] = "psk", ["psk"] = "corp-secret-1" },
        });
        CorpWlanId = (string)corp["id"]!;
        await SendAsync(HttpMethod.Put, $"sites/{site}", new JsonObject
        {
            ["sitegroup_ids"] = new JsonArray((string)group["id"]!),
            ["rftemplate_id"] = (string)rf["id"]!,
        });
        await SendAsync(HttpMethod.Put, $"sites/{site}/setting", new JsonObject { ["vars"] = new JsonObject { ["vlan"] = "20" } });
        await SendAsync(HttpMethod.Post, $"sites/{site}/wlans", new JsonObject { ["ssid"] = "Guest", ["auth"] = new JsonObject { ["type"] = "open" } });
        var map = await SendAsync(HttpMethod.Post, $"sites/{site}/maps", new JsonObject { ["name"] = "Floor 1" });
        await SendAsync(HttpMethod.Post, $"sites/{site}/zones", new JsonObject { ["name"] = "Lobby", ["map_id"] = (string)map["id"]! });
        await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/psks", new JsonObject { ["name"] = "lobby-tablet", ["ssid"] = "Corp", ["passphrase"] = "tablet-passphrase" });
        await SendAsync(HttpMethod.Post, $"orgs/{OrgId}/webhooks", new JsonObject { ["name"] = "siem", ["url"] = "https://siem.example.com/hook", ["secret"] = "hook-secret" });
    }
}
