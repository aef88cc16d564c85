using System.Net.Http.Headers;
using System.Text;

namespace Mist.Simulator.Tests;

/// <summary>A started simulator plus an <see cref="HttpClient"/> on it; each test owns one.</summary>
internal sealed class SimulatorClient : IAsyncDisposable
{
    private SimulatorClient(MistSimulator simulator)
    {
        Simulator = simulator;
        Http = new HttpClient { BaseAddress = simulator.BaseAddress };
    }

    /// <summary>Pass as the token to send no <c>Authorization</c> header (null means the admin token).</summary>
    public const string Anonymous = "";

    public MistSimulator Simulator { get; }
    public HttpClient Http { get; }
    public SeededTokens Tokens => Simulator.Tokens;
    public SeedSummary Seed => Simulator.Seed;
    public string OrgId => Simulator.Seed.PrimaryOrgId;

    public static async Task<SimulatorClient> StartAsync(MistSimulatorOptions? options = null) =>
        new(await MistSimulator.StartAsync(options, TestContext.Current.CancellationToken));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null) =>
        SendAsync(HttpMethod.Get, path, token ?? Tokens.Admin);

    /// <summary>GETs with the admin token, asserts 200 and parses the body.</summary>
    public async Task<JsonNode> GetJsonAsync(string path, string? token = null)
    {
        using var response = await GetAsync(path, token);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendJsonAsync(HttpMethod method, string path, string? json, string? token = null)
    {
        using var response = await SendAsync(method, path, token ?? Tokens.Admin, json);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
