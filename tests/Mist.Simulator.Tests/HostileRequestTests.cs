using System.Net.Sockets;
using System.Text;

namespace Mist.Simulator.Tests;

/// <summary>
/// Issue 12, items 9 and 10: no web page can drive the simulator through a browser (foreign Host, foreign Origin,
/// form-encoded control writes, a missing control secret), and a malformed request gets 400 <c>{"detail": ...}</c>,
/// never 500.
/// </summary>
public class HostileRequestTests
{
    private static HttpRequestMessage Control(HttpMethod method, string path, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        return request;
    }

    [Fact]
    public async Task A_foreign_host_is_refused_on_every_path_so_dns_rebinding_reads_nothing()
    {
        await using var sim = await SimulatorClient.StartAsync();
        using var seed = Control(HttpMethod.Get, "__sim/seed", null);
        seed.Headers.Host = "attacker.example";
        using var api = Control(HttpMethod.Get, "api/v1/self", null);
        api.Headers.Host = "attacker.example:8080";
        api.Headers.Authorization = new("Token", sim.Tokens.Admin);

        using var seedResponse = await sim.Http.SendAsync(seed, TestContext.Current.CancellationToken);
        using var apiResponse = await sim.Http.SendAsync(api, TestContext.Current.CancellationToken);
        var body = await seedResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, seedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, apiResponse.StatusCode);
        Assert.Contains("\"detail\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(sim.Tokens.Admin, body, StringComparison.Ordinal);
        Assert.Equal(0, sim.Simulator.Counters.Total);
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_reset_the_state()
    {
        await using var sim = await SimulatorClient.StartAsync();
        var site = sim.Seed.Sites[0];
        await sim.SendAsync(HttpMethod.Delete, $"api/v1/sites/{site.Id}", sim.Tokens.Admin);
        using var foreign = Control(HttpMethod.Post, "__sim/reset", "text/plain");
        foreign.Headers.Host = "evil.example";
        foreign.Headers.Add("Origin", "http://evil.example");
        using var originOnly = Control(HttpMethod.Post, "__sim/reset");
        originOnly.Headers.Add("Origin", "https://evil.example");
        using var plainText = Control(HttpMethod.Post, "__sim/reset", "text/plain");
        using var form = Control(HttpMethod.Post, "__sim/reset", "application/x-www-form-urlencoded");

        using var r1 = await sim.Http.SendAsync(foreign, TestContext.Current.CancellationToken);
        using var r2 = await sim.Http.SendAsync(originOnly, TestContext.Current.CancellationToken);
        using var r3 = await sim.Http.SendAsync(plainText, TestContext.Current.CancellationToken);
        using var r4 = await sim.Http.SendAsync(form, TestContext.Current.CancellationToken);
        using var gone = await sim.GetAsync($"api/v1/sites/{site.Id}");

        Assert.Equal(HttpStatusCode.MisdirectedRequest, r1.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, r2.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r3.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r4.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_loopback_origin_and_host_are_served()
    {
        await using var sim = await SimulatorClient.StartAsync();
        using var request = Control(HttpMethod.Get, "__sim/counters", null);
        request.Headers.Add("Origin", "http://localhost:3000");
        request.Headers.Host = "localhost";

        using var response = await sim.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_a_control_secret_the_controls_need_it_and_the_api_does_not()
    {
        await using var sim = await SimulatorClient.StartAsync(new MistSimulatorOptions { ControlSecret = "s3cret-control" });
        using var without = Control(HttpMethod.Get, "__sim/seed", null);
        using var wrong = Control(HttpMethod.Get, "__sim/seed", null);
        wrong.Headers.Add("X-Mist-Sim-Secret", "guess");
        using var right = Control(HttpMethod.Post, "__sim/reset");
        right.Headers.Add("X-Mist-Sim-Secret", "s3cret-control");

        using var r1 = await sim.Http.SendAsync(without, TestContext.Current.CancellationToken);
        using var r2 = await sim.Http.SendAsync(wrong, TestContext.Current.CancellationToken);
        using var r3 = await sim.Http.SendAsync(right, TestContext.Current.CancellationToken);
        using var api = await sim.GetAsync("api/v1/self");
        await sim.Simulator.ResetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, r1.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, r2.StatusCode);
        Assert.DoesNotContain(sim.Tokens.Admin, await r1.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, r3.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Theory]
    [InlineData("POST", "orgs/{org}/sites", """{"name":"A","name":"B"}""")]
    [InlineData("PUT", "sites/{site}", """{"notes":"a","notes":"b"}""")]
    [InlineData("PUT", "sites/{site}", """{"latlng":{"lat":1,"lat":2,"lng":3}}""")]
    public async Task Duplicate_json_keys_are_a_400_with_a_detail(string method, string path, string json)
    {
        await using var sim = await SimulatorClient.StartAsync();
        var resolved = path.Replace("{org}", sim.OrgId, StringComparison.Ordinal).Replace("{site}", sim.Seed.Sites[0].Id, StringComparison.Ordinal);

        using var response = await sim.SendAsync(new HttpMethod(method), "api/v1/" + resolved, sim.Tokens.Admin, json);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"detail\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FFFFFFFFFFFFFFFF")]
    [InlineData("zz")]
    [InlineData("-1")]
    public async Task A_bad_chunk_size_is_a_400_with_a_detail(string chunkSize)
    {
        await using var sim = await SimulatorClient.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, sim.Simulator.BaseAddress.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var request =
            $"POST /api/v1/orgs/{sim.OrgId}/sites HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token {sim.Tokens.Admin}\r\n" +
            $"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunkSize}\r\n{{\"name\":\"x\"}}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.True(answer.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), answer);
        Assert.DoesNotContain(" 500 ", answer, StringComparison.Ordinal);
    }
}
