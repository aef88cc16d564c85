namespace Mist;

/// <summary>
/// What the client logs. Header and query values not on the allow-lists are replaced with <c>REDACTED</c>;
/// <c>Authorization</c>, cookies and CSRF values are always redacted, even when listed.
/// </summary>
public sealed class MistDiagnosticsOptions
{
    /// <summary>Headers whose values may be logged.</summary>
    public ISet<string> LoggedHeaderNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Content-Type", "Content-Length", "Date", "Retry-After", "User-Agent", "Server",
        "X-Page-Limit", "X-Page-Page", "X-Page-Total", "X-Request-Id",
    };

    /// <summary>Query parameters whose values may be logged.</summary>
    public ISet<string> LoggedQueryParameters { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "limit", "page", "type", "sort", "duration", "start", "end", "unassigned", "vc", "distinct", "status",
    };

    /// <summary>Whether request and response bodies are logged (at Trace level). Off by default.</summary>
    public bool IsLoggingContentEnabled { get; set; }

    /// <summary>The most characters of a body that are logged. Defaults to 4,096.</summary>
    public int LoggedContentSizeLimit { get; set; } = 4096;
}
