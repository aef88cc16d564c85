using System.Text.Json.Nodes;

namespace Mist.Cli.Session;

/// <summary>A write that <c>--dry-run</c> stopped before it was sent.</summary>
internal sealed class DryRunException(string method, string pathAndQuery, JsonNode? body)
    : Exception($"Dry run: {method} {pathAndQuery} was not sent.")
{
    public string Method { get; } = method;

    public string PathAndQuery { get; } = pathAndQuery;

    public JsonNode? Body { get; } = body;
}
