using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>
/// A response as received, fully buffered. Header values that could carry secrets (<c>Set-Cookie</c>) are
/// replaced with <c>REDACTED</c> before the response reaches the caller.
/// </summary>
public sealed class MistResponse
{
    private readonly Dictionary<string, IReadOnlyList<string>> _headers;

    /// <summary>Creates a response; used by the client and by tests.</summary>
    public MistResponse(int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(headers);
        Status = status;
        Content = content;
        _headers = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            var list = HttpRedaction.IsSecretHeader(name) ? [HttpRedaction.Redacted] : values.ToList();
            _headers[name] = _headers.TryGetValue(name, out var existing) ? [.. existing, .. list] : list;
        }
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and <= 299;

    /// <summary>The standard reason phrase for <see cref="Status"/>.</summary>
    public string ReasonPhrase => HttpStatusDescription((HttpStatusCode)Status);

    /// <summary>Response headers (case-insensitive names), secret values redacted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers;

    /// <summary>The body bytes; empty for Mist's 200-with-no-body answers.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Content.Span);

    /// <summary>The request id the server sent, if any (<c>X-Request-Id</c>).</summary>
    public string? RequestId => GetHeader("X-Request-Id");

    /// <summary>How many attempts the client made to get this response.</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>The method and path of the request this answers (no query string), to name it in messages.</summary>
    internal string? RequestLine { get; set; }

    /// <summary>The paging headers of a page-number list, when present.</summary>
    public MistPageHeaders? PageHeaders => MistPageHeaders.FromResponse(this);

    /// <summary>The first value of a header, or <see langword="null"/>.</summary>
    public string? GetHeader(string name) => _headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The body parsed as JSON, or <see langword="null"/> when the body is empty.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public JsonElement? ReadJson()
    {
        if (Content.IsEmpty || Content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        using var document = JsonDocument.Parse(Content);
        return document.RootElement.Clone();
    }

    /// <summary>Deserializes the body with source-generated metadata.</summary>
    public T? Read<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return JsonSerializer.Deserialize(Content.Span, typeInfo);
    }

    /// <summary>
    /// The server's <c>Retry-After</c> as a delay from <paramref name="now"/>: either delta-seconds or an HTTP date.
    /// Returns <see langword="null"/> when the header is absent or unreadable.
    /// </summary>
    public TimeSpan? GetRetryAfter(DateTimeOffset now) => ParseRetryAfter(GetHeader("Retry-After"), now);

    /// <summary>Parses a <c>Retry-After</c> value (delta-seconds or HTTP date) relative to <paramref name="now"/>.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds <= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            var delay = date - now;
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }

    private static string HttpStatusDescription(HttpStatusCode code) => code switch
    {
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        _ => Enum.IsDefined(code) ? SplitWords(code.ToString()) : "Unknown",
    };

    private static string SplitWords(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
