using System.Net;

namespace Mist.Mcp;

/// <summary>How <see cref="MistMcpServer.RunHttpAsync"/> serves MCP over Streamable HTTP.</summary>
public sealed class MistMcpHttpOptions
{
    /// <summary>The MCP endpoint's path.</summary>
    public const string Path = "/mcp";

    /// <summary>The header that names the Mist cloud for one request (a cloud name such as <c>eu</c>, its API host, or a URL).</summary>
    public const string CloudHeader = "X-Mist-Host";

    /// <summary>The address to listen on: loopback unless the person running the server chose another.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 picks a free one (reported through <see cref="OnListening"/>).</summary>
    public int Port { get; init; } = 8765;

    /// <summary>
    /// Builds the client for one request's credential and cloud (called once per token and cloud; the client is
    /// then reused). It should apply the same options as the configured client: rate budget, logging, user agent.
    /// </summary>
    public required Func<MistCredential, MistCloud, MistClient> CreateClient { get; init; }

    /// <summary>The cloud of requests without a <see cref="CloudHeader"/>; also the only non-Mist cloud a request may name.</summary>
    public required MistCloud DefaultCloud { get; init; }

    /// <summary>
    /// Whether a request without an <c>Authorization</c> header uses <see cref="MistMcpOptions.Client"/> (the server's own
    /// credential). Off by default: every client brings its own token, so two clients never share an identity.
    /// </summary>
    public bool UseConfiguredCredential { get; init; }

    /// <summary>Origins (scheme://host[:port]) allowed besides loopback ones; any other <c>Origin</c> is refused with 403.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Called with the endpoint's URL once the server listens.</summary>
    public Action<Uri>? OnListening { get; init; }
}
