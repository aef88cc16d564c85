namespace Mist;

/// <summary>
/// How failed attempts are retried. GET, PUT and DELETE are retried on 408, 429, 5xx (except 501) and
/// transport failures; POST only on 429 or when the request provably never reached the server, because a
/// Mist create or claim is not idempotent.
/// </summary>
public sealed class MistRetryOptions
{
    /// <summary>Retries after the first attempt. Defaults to 3; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; later ones double, with jitter. Defaults to 0.8 seconds.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>The longest computed backoff delay. Defaults to 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest server-requested wait (<c>Retry-After</c>) the client honours before giving up with a
    /// <see cref="MistRateLimitException"/> that says how long to wait. Defaults to 2 minutes.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}
