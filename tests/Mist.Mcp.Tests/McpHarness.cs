using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mist.Simulator;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mist.Mcp.Tests;

/// <summary>
/// The Mist MCP server over a simulator on 127.0.0.1, and a real MCP client from the same SDK connected to it
/// in-process through two pipes (as the csharp-sdk's ClientServerTestBase does). Every byte either side writes
/// is captured, and every log line of the server and of the Mist client.
/// </summary>
public sealed class McpHarness : IAsyncDisposable
{
    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly MemoryStream _traffic = new();
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private ServiceProvider? _provider;
    private MistClient? _mist;
    private Task _serverTask = Task.CompletedTask;

    private McpHarness(MistSimulator simulator) => Simulator = simulator;

    public MistSimulator Simulator { get; }

    public SeedSummary Seed => Simulator.Seed;

    public Guid OrgId => Guid.Parse(Seed.PrimaryOrgId);

    public McpClient Client { get; private set; } = null!;

    /// <summary>A separate SDK client with the admin token, for checking the simulator's state.</summary>
    public MistClient Check { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public string Traffic
    {
        get
        {
            lock (_traffic)
            {
                return Encoding.UTF8.GetString(_traffic.ToArray());
            }
        }
    }

    public static async Task<McpHarness> StartAsync(
        bool allowWrites = false,
        Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>>? elicit = null,
        Func<SeededTokens, string>? token = null,
        bool isSimulator = true,
        Action<MistSimulatorOptions>? simulator = null,
        Action<MistClientOptions>? client = null,
        TimeProvider? time = null,
        TimeSpan? confirmationTimeout = null,
        string? protocolVersion = null,
        string? simulatorStatePath = null)
    {
        var simulatorOptions = new MistSimulatorOptions();
        simulator?.Invoke(simulatorOptions);
        var harness = new McpHarness(await MistSimulator.StartAsync(simulatorOptions, TestContext.Current.CancellationToken));
        try
        {
            await harness.ConnectAsync(allowWrites, elicit, token ?? (t => t.Admin), isSimulator, client, time ?? TimeProvider.System, confirmationTimeout ?? TimeSpan.FromMinutes(5), protocolVersion, simulatorStatePath);
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    public Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?>? arguments = null) =>
        Client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken).AsTask();

    /// <summary>Calls a tool that must succeed, and returns its structured result.</summary>
    public async Task<JsonElement> CallOkAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError is not true, $"{tool} failed: {Text(result)}");
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent.Value;
    }

    /// <summary>Calls a tool that must fail as a tool error, and returns its text.</summary>
    public async Task<string> CallErrorAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError, $"{tool} was expected to fail but returned: {Text(result)}");
        return Text(result);
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        await _stop.CancelAsync();
        await _clientToServer.Writer.CompleteAsync();
        await _serverToClient.Writer.CompleteAsync();
        try
        {
            await _serverTask;
        }
        catch (OperationCanceledException)
        {
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        _mist?.Dispose();
        Check?.Dispose();
        await Simulator.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ConnectAsync(
        bool allowWrites,
        Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>>? elicit,
        Func<SeededTokens, string> token,
        bool isSimulator,
        Action<MistClientOptions>? configureClient,
        TimeProvider time,
        TimeSpan confirmationTimeout,
        string? protocolVersion,
        string? simulatorStatePath)
    {
        var loggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Token = token(Simulator.Tokens);
        var clientOptions = new MistClientOptions { Cloud = MistCloud.FromUri(Simulator.BaseAddress), LoggerFactory = loggerFactory };
        configureClient?.Invoke(clientOptions);
        _mist = new MistClient(new MistCredential(Token), clientOptions.ReportWaitsToAgents());
        Check = new MistClient(new MistCredential(Simulator.Tokens.Admin), new MistClientOptions { Cloud = MistCloud.FromUri(Simulator.BaseAddress) });

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services
            .AddMistMcpServer(new MistMcpOptions { Client = _mist, AllowWrites = allowWrites, IsSimulator = isSimulator, TimeProvider = time, ConfirmationTimeout = confirmationTimeout, SimulatorStatePath = simulatorStatePath })
            .WithStreamServerTransport(_clientToServer.Reader.AsStream(), new CapturingStream(_serverToClient.Writer.AsStream(), _traffic));
        _provider = services.BuildServiceProvider(validateScopes: true);
        _serverTask = _provider.GetRequiredService<McpServer>().RunAsync(_stop.Token);

        // A protocol version before 2026-07-28 makes the server ask (elicit) and wait, as with today's other clients.
        var options = new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan, ProtocolVersion = protocolVersion };
        if (elicit is not null)
        {
            options.Handlers.ElicitationHandler = (request, cancellationToken) => elicit(request, cancellationToken);
        }

        Client = await McpClient.CreateAsync(
            new StreamClientTransport(new CapturingStream(_clientToServer.Writer.AsStream(), _traffic), _serverToClient.Reader.AsStream(), loggerFactory),
            options,
            loggerFactory,
            TestContext.Current.CancellationToken);
    }
}
