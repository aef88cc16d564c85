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

    internal static string Format(TimeSpan delay) =>
        delay.TotalMinutes >= 1 ? $"{(int)delay.TotalMinutes} min {delay.Seconds} s" : $"{Math.Ceiling(delay.TotalSeconds)} s";
}
