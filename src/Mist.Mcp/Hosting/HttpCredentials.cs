using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Mist.Mcp;

/// <summary>
/// The Mist credential of each HTTP request: <c>Authorization: Bearer &lt;Mist API token&gt;</c> and the cloud from
/// <see cref="MistMcpHttpOptions.CloudHeader"/>. One <see cref="MistConnection"/> per token and cloud is kept, keyed by
/// a hash of the token (never the token itself), so a client's calls share its rate budget and cached orgs.
/// </summary>
internal sealed class HttpCredentials(MistMcpHttpOptions http, MistMcpOptions options) : IDisposable
{
    private const string ItemKey = "mist.connection";
    private readonly ConcurrentDictionary<string, Lazy<MistConnection>> _connections = new(StringComparer.Ordinal);
    private readonly MistConnection? _configured = options.Client is { } client ? new(client, options.TimeProvider) : null;

    /// <summary>The connection <see cref="Admit"/> chose for the current request.</summary>
    public static MistConnection Of(HttpContext? context) =>
        context?.Items[ItemKey] as MistConnection ?? throw new InvalidOperationException("No Mist credential was admitted for this request.");

    /// <summary>Chooses the request's connection, or says why not (status and message) without sending anything to Mist.</summary>
    public (int Status, string? Problem) Admit(HttpContext context)
    {
        var cloud = http.DefaultCloud;
        if (context.Request.Headers[MistMcpHttpOptions.CloudHeader].ToString() is { Length: > 0 } named)
        {
            if (!MistCloud.TryParse(named, out cloud, out var error))
            {
                return (400, $"{MistMcpHttpOptions.CloudHeader}: {error}");
            }

            if (cloud.Name is null && cloud != http.DefaultCloud)
            {
                return (400, $"{MistMcpHttpOptions.CloudHeader} must name a Mist cloud (e.g. global01, eu, api.ac2.mist.com) or this server's own cloud {http.DefaultCloud}.");
            }
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            if (!http.UseConfiguredCredential || _configured is null)
            {
                return (401, "Send your Mist API token as Authorization: Bearer <token>. (This server was not started with --use-configured-credential.)");
            }

            if (cloud != http.DefaultCloud)
            {
                return (400, $"The server's own credential is only for its own cloud {http.DefaultCloud}.");
            }

            context.Items[ItemKey] = _configured;
            return (200, null);
        }

        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || MistCredential.Validate(authorization[scheme.Length..].Trim()) is not null)
        {
            return (401, "Authorization must be Bearer followed by one Mist API token.");
        }

        var token = authorization[scheme.Length..].Trim();
        var key = $"{cloud}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))}";
        context.Items[ItemKey] = _connections.GetOrAdd(key, _ => new Lazy<MistConnection>(
            () => new MistConnection(http.CreateClient(new MistCredential(token), cloud), options.TimeProvider))).Value;
        return (200, null);
    }

    public void Dispose()
    {
        foreach (var connection in _connections.Values.Where(c => c.IsValueCreated))
        {
            connection.Value.Client.Dispose();
        }
    }
}
