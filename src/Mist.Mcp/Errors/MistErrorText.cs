using System.Globalization;
using System.Text;

namespace Mist.Mcp;

/// <summary>
/// Words for an SDK failure that a model can act on: the HTTP status, Mist's own <c>detail</c> and <c>reason</c>,
/// and what to try next. Built only from the exception's fields, which never carry a token.
/// </summary>
internal static class MistErrorText
{
    public static string Describe(MistApiException e)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Mist API error: HTTP {e.Status}");
        if (e.Response?.ReasonPhrase is { } phrase)
        {
            text.Append(' ').Append(phrase);
        }

        text.Append(CultureInfo.InvariantCulture, $" for {e.Method} {e.Path}.");
        if (e.Detail is { } detail)
        {
            text.Append(CultureInfo.InvariantCulture, $" detail: \"{detail}\".");
        }

        if (e.Reason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $" reason: \"{reason}\".");
        }

        if (e.RequestId is { } requestId)
        {
            text.Append(CultureInfo.InvariantCulture, $" request id: {requestId}.");
        }

        if (Hint(e) is { } hint)
        {
            text.Append(' ').Append(hint);
        }

        return text.ToString();
    }

    public static string Describe(MistException e) => e switch
    {
        MistApiException api => Describe(api),
        MistTimeoutException => $"Mist did not answer in time: {e.Message}",
        MistConnectionException => $"Could not reach Mist: {e.Message}",
        _ => $"The Mist call failed: {e.Message}",
    };

    private static string? Hint(MistApiException e) => e switch
    {
        MistRateLimitException { RetryAfter: { } wait } => $"The token's rate limit is reached; calls resume in {Format(wait)}. Wait before retrying.",
        MistRateLimitException => "The token's rate limit is reached; wait before retrying.",
        { Status: 401 } => "The API token was refused: it may be expired or revoked. Ask the user to check the credential; do not retry.",
        { Status: 403 } => "The token lacks the privilege for this object or action. Use whoami to see the orgs and roles it has.",
        { Status: 404 } => "The object does not exist or the token cannot see it. Check the id, or list to find it.",
        { Status: >= 500 } => "Mist failed on its side; retrying later may work.",
        _ => null,
    };

    internal static string Format(TimeSpan delay) =>
        delay.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)delay.TotalMinutes} min {delay.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(delay.TotalSeconds)} s");
}
