using System.Globalization;
using System.Text;

namespace Mist;

/// <summary>
/// Builds responses and exceptions as the client would, for the unit tests of code that uses the SDK (with a mocked
/// <see cref="MistClient"/>, whose members are virtual).
/// </summary>
/// <example>
/// <code>
/// sites.Setup(s => s.GetAsync(siteId, It.IsAny&lt;CancellationToken&gt;()))
///      .ThrowsAsync(MistModelFactory.ApiException(404, "site not found"));
/// </code>
/// </example>
public static class MistModelFactory
{
    /// <summary>A response with <paramref name="status"/>, an optional JSON body, request id and other headers.</summary>
    public static MistResponse Response(int status, string? json = null, string? requestId = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var all = new List<KeyValuePair<string, IEnumerable<string>>>();
        if (json is not null)
        {
            all.Add(new("Content-Type", ["application/json"]));
        }

        if (requestId is not null)
        {
            all.Add(new("X-Request-Id", [requestId]));
        }

        all.AddRange((headers ?? []).Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, [h.Value])));
        return new MistResponse(status, all, json is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// The exception the client throws for an error <paramref name="status"/>: <see cref="MistNotFoundException"/> for
    /// 404, <see cref="MistValidationException"/> for 400, <see cref="MistRateLimitException"/> for 429 (with
    /// <paramref name="retryAfter"/>), and so on, with Mist's <c>{"detail": ...}</c> body.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not an error (below 400).</exception>
    public static MistApiException ApiException(
        int status, string detail, string method = "GET", string path = "/api/v1/self", string? requestId = null, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentNullException.ThrowIfNull(detail);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        }

        var body = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var headers = retryAfter is { } wait
            ? [new("Retry-After", ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture))]
            : Array.Empty<KeyValuePair<string, string>>();
        var request = new MistRequest(new HttpMethod(method), path);
        return MistErrorMapper.Create(request, Response(status, body, requestId, headers), DateTimeOffset.UtcNow);
    }
}
