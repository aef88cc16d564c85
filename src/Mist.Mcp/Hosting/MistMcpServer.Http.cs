using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

namespace Mist.Mcp;

public static partial class MistMcpServer
{
    /// <summary>
    /// Serves MCP over Streamable HTTP at <see cref="MistMcpHttpOptions.Path"/> until <paramref name="cancellationToken"/>
    /// fires. Each request brings its own Mist credential (<c>Authorization: Bearer &lt;token&gt;</c>, cloud from
    /// <see cref="MistMcpHttpOptions.CloudHeader"/>); requests from a foreign <c>Origin</c> are refused with 403
    /// (DNS-rebinding protection, as the MCP transport requires), and without a credential with 401. Sessions are
    /// kept so that confirmation by elicitation works as over stdio.
    /// </summary>
    public static async Task RunHttpAsync(MistMcpOptions options, MistMcpHttpOptions http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(MistMcpServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Services.AddSingleton(loggerFactory);
        }
        else
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(http.Bind, http.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = JsonRpcLineGuard.MaxLineBytes;
        });

        using var credentials = new HttpCredentials(http, options);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => HttpCredentials.Of(services.GetRequiredService<IHttpContextAccessor>().HttpContext));
        builder.Services
            .AddMistTools(options)
            .WithHttpTransport(transport => transport.SessionMode = HttpServerSessionMode.Stateful);

        await using var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var (status, problem) = OriginAllowed(context.Request, http) ? credentials.Admit(context) : (403, "Origin not allowed: this MCP server answers only pages it serves itself or loopback origins.");
            if (problem is not null)
            {
                await RefuseAsync(context, status, problem).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.MapMcp(MistMcpHttpOptions.Path);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), MistMcpHttpOptions.Path);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mist.Mcp");
        Log.StartingHttp(logger, endpoint, options.AllowWrites, options.IsSimulator);
        http.OnListening?.Invoke(endpoint);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>No Origin (not a browser), a loopback origin, or one the operator allowed.</summary>
    private static bool OriginAllowed(HttpRequest request, MistMcpHttpOptions http)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback
            || http.AllowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        context.Response.ContentType = "application/json";
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = null,
            ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = -32600, ["message"] = message },
        };
        return context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(body, MistMcpJsonContext.Default.JsonObject));
    }
}
