using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>
/// The Mist MCP server: <see cref="RunStdioAsync"/> serves one client over stdin/stdout (what <c>mist mcp serve</c>
/// runs); <see cref="AddMistMcpServer"/> adds the same tools to a container for another transport or for tests.
/// </summary>
public static partial class MistMcpServer
{
    /// <summary>
    /// Makes the client's rate-limit and retry waits visible to the agent: each wait is sent as a log message while
    /// it happens and stated in the tool result. Call on the options before creating the <see cref="MistClient"/>;
    /// an <see cref="MistRateBudgetOptions.OnWait"/> already set still runs.
    /// </summary>
    public static MistClientOptions ReportWaitsToAgents(this MistClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(clientOptions);
        var previous = clientOptions.RateBudget.OnWait;
        clientOptions.RateBudget.OnWait = notice =>
        {
            previous?.Invoke(notice);
            WaitRelay.Report(notice);
        };
        return clientOptions;
    }

    /// <summary>
    /// Registers the Mist tools (read tools always, write tools only with <see cref="MistMcpOptions.AllowWrites"/>),
    /// the server instructions, and the filter that turns API errors into tool errors. Add a transport to the
    /// returned builder. Tools are registered by type (<c>WithTools&lt;T&gt;</c>), never by assembly scanning.
    /// </summary>
    public static IMcpServerBuilder AddMistMcpServer(this IServiceCollection services, MistMcpOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        var client = options.Client ?? throw new ArgumentException("MistMcpOptions.Client is required to serve over stdio or a stream.", nameof(options));
        services.AddSingleton(new MistConnection(client, options.TimeProvider));
        return services.AddMistTools(options);
    }

    /// <summary>The tools, filters and schemas, for a container that registers <see cref="MistConnection"/> itself (tools take the client from it, so the container never disposes a client).</summary>
    internal static IMcpServerBuilder AddMistTools(this IServiceCollection services, MistMcpOptions options)
    {
        services.AddSingleton(options);
        services.AddScoped<MistResolver>();
        services.AddScoped<DeviceHealth>();
        services.AddSingleton<IConfirmationGate, ConfirmationGate>();
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(Logger<>)));

        var builder = services
            .AddMcpServer(server =>
            {
                server.ServerInfo = new Implementation { Name = "mist", Title = "Juniper Mist", Version = options.ServerVersion };
                server.ServerInstructions = MistMcpInstructions.Build(options);
            })
            .WithTools<SelfTools>(MistMcpJson.Options)
            .WithTools<OrgTools>(MistMcpJson.Options)
            .WithTools<SiteTools>(MistMcpJson.Options)
            .WithTools<DeviceTools>(MistMcpJson.Options)
            .WithTools<InventoryTools>(MistMcpJson.Options)
            .WithTools<FirmwareTools>(MistMcpJson.Options)
            .WithTools<WlanTools>(MistMcpJson.Options)
            .WithTools<WirelessTools>(MistMcpJson.Options)
            .WithTools<RawApiTools>(MistMcpJson.Options);
        if (options.AllowWrites)
        {
            builder
                .WithTools<SiteWriteTools>(MistMcpJson.Options)
                .WithTools<DeviceWriteTools>(MistMcpJson.Options)
                .WithTools<InventoryWriteTools>(MistMcpJson.Options)
                .WithTools<FirmwareWriteTools>(MistMcpJson.Options)
                .WithTools<WlanWriteTools>(MistMcpJson.Options)
                .WithTools<AlarmWriteTools>(MistMcpJson.Options);
        }

        // The inferred schemas are rewritten once, after every tool is registered and before any client sees them.
        services.PostConfigure<McpServerOptions>(server =>
        {
            foreach (var tool in server.ToolCollection ?? [])
            {
                tool.ProtocolTool.InputSchema = ToolSchemas.NormalizeInput(tool.ProtocolTool.InputSchema);
                if (tool.ProtocolTool.OutputSchema is { } output)
                {
                    tool.ProtocolTool.OutputSchema = ToolSchemas.NormalizeOutput(output);
                }
            }
        });

        builder.WithRequestFilters(filters => filters.AddCallToolFilter(next => (context, cancellationToken) =>
        {
            var logger = context.Services?.GetService<ILoggerFactory>()?.CreateLogger("Mist.Mcp") ?? NullLogger.Instance;
            return MistToolCallFilter.Create(logger)(next)(context, cancellationToken);
        }));
        return builder;
    }

    /// <summary>
    /// Serves MCP over stdin/stdout until the client disconnects or <paramref name="cancellationToken"/> fires.
    /// stdout carries only the protocol; logs go to stderr (or to <see cref="MistMcpOptions.LoggerFactory"/>).
    /// The client is not disposed.
    /// </summary>
    public static async Task RunStdioAsync(MistMcpOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (options.LoggerFactory is null)
            {
                logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
                logging.SetMinimumLevel(LogLevel.Information);
            }
        });
        if (options.LoggerFactory is { } loggerFactory)
        {
            services.AddSingleton(loggerFactory);
        }

        // The SDK's stream transport behind a guard that answers what it would drop (non-JSON lines, batches).
        await using var stdout = new LineAtomicStream(Console.OpenStandardOutput());
        var guard = new JsonRpcLineGuard(Console.OpenStandardInput(), stdout);
        services.AddMistMcpServer(options).WithStreamServerTransport(guard.Passed, stdout);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var server = provider.GetRequiredService<McpServer>();
        Log.Starting(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Mist.Mcp"), server.ServerOptions.ToolCollection?.Count ?? 0, options.AllowWrites, options.IsSimulator);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var guarding = guard.RunAsync(stop.Token);
        try
        {
            await server.RunAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await guarding.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
