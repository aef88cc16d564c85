using System.Text.Json;
using System.Web;

namespace Mist.Tests.Support;

/// <summary>One request as the fake transport saw it.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
{
    /// <summary>When it was sent, by the handler's clock.</summary>
    public DateTimeOffset At { get; init; }

    public string Path => Uri.AbsolutePath;

    public string PathAndQuery => Uri.PathAndQuery;

    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];

    public IReadOnlyList<string> QueryNames => [.. HttpUtility.ParseQueryString(Uri.Query).AllKeys.Select(k => k!)];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body ?? throw new InvalidOperationException("The request had no body.")).RootElement.Clone();
}
