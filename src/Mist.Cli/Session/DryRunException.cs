using System.Text.Json.Nodes;

namespace Mist.Cli.Session;

/// <summary>
/// A write that <c>--dry-run</c> stopped before it was sent; or, from a command that makes one write per group
/// (a firmware upgrade of devices on several sites), every write it stopped (<see cref="Requests"/>).
/// </summary>
internal sealed class DryRunException(string method, string pathAndQuery, JsonNode? body)
    : Exception($"Dry run: {method} {pathAndQuery} was not sent.")
{
    /// <summary>Every write stopped, in order: the writes of a command that went on after the first one was stopped.</summary>
    public DryRunException(IReadOnlyList<DryRunException> stopped)
        : this(stopped[0].Method, stopped[0].PathAndQuery, stopped[0].Body) => Requests = stopped;

    public string Method { get; } = method;

    public string PathAndQuery { get; } = pathAndQuery;

    public JsonNode? Body { get; } = body;

    public IReadOnlyList<DryRunException> Requests { get; } = [];
}
