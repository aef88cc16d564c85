namespace Mist;

/// <summary>
/// 429 Too Many Requests: a token's hourly budget is spent, either as the server said or as the client-side
/// budget foresaw (then <see cref="IsClientSide"/> is true and nothing was sent). <see cref="RetryAfter"/> says
/// how long until calls may resume.
/// </summary>
public sealed class MistRateLimitException : MistApiException
{
    /// <summary>Creates the exception from a server response.</summary>
    public MistRateLimitException(string method, string path, MistResponse response, MistErrorBody error, TimeSpan? retryAfter)
        : base(method, path, response, error)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The server's 429 that outlasted every retry: says how many attempts were made and what the server asked for.</summary>
    internal MistRateLimitException(MistRequest request, MistResponse response, TimeSpan? retryAfter, int attempts, string? serverRetryAfter)
        : base(request.Method.Method, request.Path, response, MistErrorBody.Parse(response.Content))
    {
        RetryAfter = retryAfter;
        Attempts = attempts;
        ServerRetryAfter = serverRetryAfter;
    }

    /// <summary>Creates the exception for a call the client-side budget refused.</summary>
    public MistRateLimitException(string method, string path, TimeSpan retryAfter)
        : base(
            $"Every API token is out of calls for now (its hourly budget is spent, or Mist answered 429): {method} {path} was not sent. Calls resume in {Format(retryAfter)}.",
            method,
            path,
            429)
    {
        RetryAfter = retryAfter;
        IsClientSide = true;
    }

    /// <summary>How long until a call may succeed, when known.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether the client refused the call before sending it.</summary>
    public bool IsClientSide { get; }

    /// <summary>How many times the request was sent, every one answered 429; 0 when unknown.</summary>
    public int Attempts { get; }

    /// <summary>The last <c>Retry-After</c> header exactly as the server sent it, or <see langword="null"/> when it sent none.</summary>
    public string? ServerRetryAfter { get; }

    /// <inheritdoc/>
    public override string Message => Attempts == 0 ? base.Message : $"{base.Message} (429 after {Attempts} attempt(s); {ServerFigure})";

    private string ServerFigure => ServerRetryAfter switch
    {
        null => "the server sent no Retry-After",
        var figure when RetryAfter is { } wait => $"the server's Retry-After was '{Shorten(figure)}', {Format(wait)}",
        var figure => $"the server's Retry-After '{Shorten(figure)}' is not a delay, so the client backed off exponentially",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");

    internal static string Format(TimeSpan delay) =>
        delay.TotalMinutes >= 1 ? $"{(int)delay.TotalMinutes} min {delay.Seconds} s" : $"{Math.Ceiling(delay.TotalSeconds)} s";
}
