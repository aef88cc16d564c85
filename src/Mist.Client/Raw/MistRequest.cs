using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// A request to any Mist endpoint: the escape hatch behind <c>mist api</c> and the raw MCP tool.
/// Paths are relative to <c>/api/v1/</c> (a leading <c>/api/v1/</c> is accepted too) and never carry a host,
/// so a token can only be sent to the configured cloud.
/// </summary>
public sealed class MistRequest
{
    private const string ApiPrefix = "/api/v1/";
    private readonly List<KeyValuePair<string, string>> _query = [];

    /// <summary>Creates a request for <paramref name="method"/> and <paramref name="path"/> (a query string may be included).</summary>
    /// <exception cref="ArgumentException">The path is empty, absolute, or leaves <c>/api/v1/</c>.</exception>
    public MistRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (method != HttpMethod.Get && method != HttpMethod.Post && method != HttpMethod.Put && method != HttpMethod.Delete)
        {
            throw new ArgumentException($"Mist's API uses only GET, POST, PUT and DELETE, not {method}.", nameof(method));
        }

        Method = method;
        (Path, VerbatimQuery) = Normalize(path);
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The absolute path, always starting with <c>/api/v1/</c>.</summary>
    public string Path { get; }

    /// <summary>Query parameters added to the path's own query string, encoded when sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    /// <summary>The JSON body, or <see langword="null"/> for none.</summary>
    public ReadOnlyMemory<byte>? Content { get; private set; }

    /// <summary>
    /// Whether an HTTP error status throws a <see cref="MistApiException"/> (the default) or is returned as a
    /// <see cref="MistResponse"/> for the caller to inspect.
    /// </summary>
    public bool ThrowOnError { get; set; } = true;

    /// <summary>The query string given with the path, sent byte for byte (search <c>next</c> links rely on it).</summary>
    internal string? VerbatimQuery { get; }

    /// <summary>The path template as the spec writes it (<c>/api/v1/sites/{site_id}</c>), when a typed call made the request.</summary>
    internal string? Template { get; init; }

    /// <summary>
    /// The API operation this request was made for (<see cref="MistOperation.CreateRequest(ReadOnlySpan{string})"/>
    /// sets it), or <see langword="null"/> for a request built from a path; telemetry names the span's operation by it.
    /// </summary>
    public MistOperation? Operation { get; init; }

    /// <summary>The operation this request was made for, or else the one its method and path match in the table (looked up once).</summary>
    internal MistOperation? ResolvedOperation => Operation ?? (_matched ??= new(MistOperations.Match(Method, Path))).Operation;

    private MatchedOperation? _matched;

    /// <summary>Whether the method is safe to repeat: GET, PUT and DELETE are, POST is not.</summary>
    internal bool IsIdempotent => Method != HttpMethod.Post;

    /// <summary>Adds a query parameter; a <see langword="null"/> value is skipped.</summary>
    public MistRequest AddQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (value is not null)
        {
            MistLimits.CheckQueryValue(name, value);
            _query.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Replaces a query parameter's value, or adds it.</summary>
    public MistRequest SetQuery(string name, string value)
    {
        _query.RemoveAll(p => string.Equals(p.Key, name, StringComparison.Ordinal));
        return AddQuery(name, value);
    }

    /// <summary>Sets the body to the given JSON (UTF-8).</summary>
    public MistRequest WithJson(ReadOnlyMemory<byte> json)
    {
        Content = json;
        return this;
    }

    /// <summary>Sets the body to the given JSON node.</summary>
    public MistRequest WithJson(JsonNode? json)
    {
        Content = Encoding.UTF8.GetBytes(json?.ToJsonString() ?? "null");
        return this;
    }

    /// <summary>Sets the body to the given JSON text, which must be well formed.</summary>
    /// <exception cref="ArgumentException">The text is not valid JSON.</exception>
    public MistRequest WithJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            using var _ = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The request body is not valid JSON: {e.Message}", nameof(json), e);
        }

        Content = bytes;
        return this;
    }

    /// <summary>The path and query as sent, relative to the cloud's base address.</summary>
    public string PathAndQuery
    {
        get
        {
            var builder = new StringBuilder(Path);
            var separator = '?';
            if (!string.IsNullOrEmpty(VerbatimQuery))
            {
                builder.Append('?').Append(VerbatimQuery);
                separator = '&';
            }

            foreach (var (key, value) in _query)
            {
                builder.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }

            return builder.ToString();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Path}";

    // Decoded before it is checked, as the server will decode it: 'self/..%2f..%2fx' is 'self/../../x'. Decoding
    // repeats until nothing changes, so a double encoding ('%252e%252e') cannot hide a '..' either.
    private static bool LeavesThePrefix(string path)
    {
        var decoded = path;
        for (var i = 0; i < 4; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }

        return decoded.Split('/', '\\').Any(s => s is "." or "..");
    }

    private static (string Path, string? Query) Normalize(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException("The API path is empty.", nameof(raw));
        }

        MistLimits.CheckRawPath(text, nameof(raw));

        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{raw}' is an absolute URL; give a path relative to /api/v1/ (the host comes from the configured cloud).", nameof(raw));
        }

        if (text.IndexOfAny(['\\', '#', ' ', '\t', '\r', '\n']) >= 0 || text.Any(char.IsControl))
        {
            throw new ArgumentException($"'{raw}' contains characters not allowed in an API path (backslash, '#', whitespace or control characters).", nameof(raw));
        }

        string? query = null;
        var q = text.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = text[(q + 1)..];
            text = text[..q];
        }

        MistLimits.CheckPath(text, nameof(raw));
        text = text.TrimStart('/');
        if (text.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "api/v1", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Length > 7 ? text[7..] : string.Empty;
        }

        var segments = text.Split('/');
        if (LeavesThePrefix(text))
        {
            throw new ArgumentException($"'{raw}' must not contain '.' or '..' segments.", nameof(raw));
        }

        if (text.Length == 0 || segments.Any(s => s.Length == 0))
        {
            throw new ArgumentException($"'{raw}' is not a valid API path: it has an empty segment.", nameof(raw));
        }

        return (ApiPrefix + text, string.IsNullOrEmpty(query) ? null : query);
    }

    /// <summary>A lookup's answer, kept even when it is "none" (so an unknown path is not looked up again).</summary>
    private sealed record MatchedOperation(MistOperation? Operation);
}
