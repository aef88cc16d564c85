using System.Net;
using System.Text;
using Mist.Simulator;
using ModelContextProtocol.Client;

namespace Mist.Mcp.Tests;

/// <summary>
/// <c>mist mcp serve --http</c>'s server in-process on 127.0.0.1, against a simulator: each request's own token
/// decides what it sees, foreign origins and requests without a credential are refused before any Mist call.
/// </summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private MistSimulator _simulator = null!;
    private MistClient _configured = null!;
    private Task _server = Task.CompletedTask;
    private Uri _endpoint = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _simulator = await MistSimulator.StartAsync(new MistSimulatorOptions(), Ct);
        var cloud = MistCloud.FromUri(_simulator.BaseAddress);
        _configured = new MistClient(new MistCredential(_simulator.Tokens.Admin), new MistClientOptions { Cloud = cloud });
        var listening = new TaskCompletionSource<Uri>();
        _server = MistMcpServer.RunHttpAsync(
            new MistMcpOptions { Client = _configured, LoggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance },
            new MistMcpHttpOptions
            {
                Port = 0,
                DefaultCloud = cloud,
                CreateClient = (credential, c) => new MistClient(credential, new MistClientOptions { Cloud = c }),
                OnListening = listening.SetResult,
            },
            _stop.Token);
        _endpoint = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server;
        _configured.Dispose();
        await _simulator.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task Two_clients_with_two_tokens_see_their_own_orgs()
    {
        await using var admin = await ConnectAsync(_simulator.Tokens.Admin);
        await using var other = await ConnectAsync(_simulator.Tokens.OtherOrg);

        var adminOrgs = await OrgIdsAsync(admin);
        var otherOrgs = await OrgIdsAsync(other);

        Assert.Contains(_simulator.Seed.PrimaryOrgId, adminOrgs);
        Assert.DoesNotContain(_simulator.Seed.PrimaryOrgId, otherOrgs);
        Assert.NotEmpty(otherOrgs);
    }

    [Fact]
    public async Task Without_allow_writes_only_read_tools_are_listed()
    {
        await using var client = await ConnectAsync(_simulator.Tokens.Admin);

        var tools = await client.ListToolsAsync(cancellationToken: Ct);

        Assert.Contains(tools, t => t.Name == "list_sites");
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
    }

    [Theory]
    [InlineData("http://evil.example", "Bearer {admin}", HttpStatusCode.Forbidden)]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData(null, "Basic dXNlcjpwYXNz", HttpStatusCode.Unauthorized)]
    [InlineData(null, "Bearer not a token", HttpStatusCode.Unauthorized)]
    public async Task Foreign_origins_and_missing_credentials_are_refused_before_any_Mist_call(string? origin, string? authorization, HttpStatusCode expected)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization.Replace("{admin}", _simulator.Tokens.Admin, StringComparison.Ordinal));
        }

        _simulator.Counters.Reset();
        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(_simulator.Tokens.Admin, body, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.Counters.Total);
    }

    [Fact]
    public async Task A_cloud_header_naming_another_host_is_refused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_simulator.Tokens.Admin, "http://127.0.0.1:1"));

        Assert.Contains("X-Mist-Host must name a Mist cloud", error.Message, StringComparison.Ordinal);
    }

    private async Task<McpClient> ConnectAsync(string token, string? cloud = null)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        if (cloud is not null)
        {
            headers[MistMcpHttpOptions.CloudHeader] = cloud;
        }

        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = _endpoint, AdditionalHeaders = headers });
        return await McpClient.CreateAsync(transport, cancellationToken: Ct);
    }

    private static async Task<List<string>> OrgIdsAsync(McpClient client)
    {
        var result = await client.CallToolAsync("list_orgs", cancellationToken: Ct);
        Assert.True(result.IsError is not true, string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text)));
        return [.. result.StructuredContent!.Value.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!)];
    }
}
