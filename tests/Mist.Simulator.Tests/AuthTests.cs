namespace Mist.Simulator.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task No_token_is_401_with_the_spec_body()
    {
        await using var sim = await SimulatorClient.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Get, "api/v1/self", SimulatorClient.Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"detail":"Authentication credentials were not provided."}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Bearer_scheme_is_not_a_token()
    {
        await using var sim = await SimulatorClient.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/self");
        request.Headers.Authorization = new("Bearer", sim.Tokens.Admin);

        using var response = await sim.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_token_is_401_invalid_token()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, "api/v1/self", null, token: "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Invalid token.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task Another_orgs_token_is_403_with_the_spec_body()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}/sites", null, sim.Tokens.OtherOrg);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("You do not have permission to perform this action.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task Read_only_token_reads_but_cannot_write()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[0];

        var (readStatus, _) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{site.Id}", null, sim.Tokens.ReadOnly);
        var (writeStatus, _) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{site.Id}", """{"notes":"x"}""", sim.Tokens.ReadOnly);
        var (claimStatus, _) = await sim.SendJsonAsync(HttpMethod.Post, $"api/v1/orgs/{sim.OrgId}/inventory", """["AAAAA-BBBBB-CCCCC"]""", sim.Tokens.ReadOnly);

        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Equal(HttpStatusCode.Forbidden, writeStatus);
        Assert.Equal(HttpStatusCode.Forbidden, claimStatus);
    }

    [Fact]
    public async Task Write_token_can_update_a_site()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{sim.Seed.Sites[0].Id}", """{"notes":"from automation"}""", sim.Tokens.Write);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("from automation", (string?)body!["notes"]);
    }

    [Fact]
    public async Task Site_scoped_token_reaches_its_site_only()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var own = sim.Seed.Sites[0];
        var other = sim.Seed.Sites.First(s => s.OrgId == sim.OrgId && s.Id != own.Id);

        Assert.Equal(HttpStatusCode.OK, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{own.Id}/devices", null, sim.Tokens.SiteScoped)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{other.Id}", null, sim.Tokens.SiteScoped)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.OrgId}", null, sim.Tokens.SiteScoped)).Status);
    }

    [Fact]
    public async Task Msp_token_lists_and_reaches_the_msp_orgs()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var orgs = await sim.GetJsonAsync($"api/v1/msps/{sim.Seed.MspId}/orgs", sim.Tokens.Msp);
        var org = await sim.GetJsonAsync($"api/v1/orgs/{sim.Seed.Orgs[1].Id}", sim.Tokens.Msp);

        Assert.Equal(sim.Seed.Orgs.Select(o => o.Id).Order(), orgs.AsArray().Select(o => (string)o!["id"]!).Order());
        Assert.Equal(sim.Seed.Orgs[1].Name, (string?)org["name"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/msps/{sim.Seed.MspId}/orgs", null, sim.Tokens.Admin)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/orgs/{sim.Seed.OtherOrg.Id}", null, sim.Tokens.Msp)).Status);
    }

    [Fact]
    public async Task Unknown_path_is_404_even_without_a_token()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, "api/v1/orgs/x/nothing/here", null, SimulatorClient.Anonymous);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Not found.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task Unknown_site_is_404()
    {
        await using var sim = await SimulatorClient.StartAsync();

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Get, $"api/v1/sites/{Guid.NewGuid()}", null);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Not found.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task Wrong_method_is_405_after_authentication()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var path = $"api/v1/sites/{sim.Seed.Sites[0].Id}";

        var (status, body) = await sim.SendJsonAsync(HttpMethod.Patch, path, """{"name":"x"}""");
        var (anonymous, _) = await sim.SendJsonAsync(HttpMethod.Patch, path, """{"name":"x"}""", SimulatorClient.Anonymous);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("Method \"PATCH\" not allowed.", (string?)body!["detail"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }
}
