namespace Mist;

/// <summary>
/// Options for the calls made inside a scope, over the client's own for those calls only: a shorter (or longer)
/// timeout, or no retry, for one lookup in an otherwise patient program. Scopes follow the async flow (as
/// <see cref="MistResponseCapture"/> does), so every typed call, page and raw request made inside one obeys it,
/// and they nest: disposing one restores the one before it.
/// </summary>
/// <example>
/// <code>
/// // One attempt, 10 seconds at most: fail fast rather than wait through retries.
/// using (MistCallOptions.Begin(new MistCallOptions { Timeout = TimeSpan.FromSeconds(10), Retry = false }))
/// {
///     var site = await client.Sites.GetAsync(siteId);
/// }
/// </code>
/// </example>
public sealed class MistCallOptions
{
    private static readonly AsyncLocal<MistCallOptions?> s_current = new();

    /// <summary>
    /// How long one operation may take, its attempts and retry waits included, instead of
    /// <see cref="MistClientOptions.Timeout"/>; null keeps the client's. Waits for the rate budget are outside it.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How long one attempt may take, instead of <see cref="MistClientOptions.AttemptTimeout"/>; null keeps the client's.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>
    /// Whether failed attempts are retried as <see cref="MistClientOptions.Retry"/> says (the default), or never:
    /// with <see langword="false"/>, the first answer is the result (a 429 included, not waited out).
    /// </summary>
    public bool Retry { get; init; } = true;

    /// <summary>The options in force on this async flow, or null outside any scope.</summary>
    public static MistCallOptions? Current => s_current.Value;

    /// <summary>Applies <paramref name="options"/> to the calls made on this async flow until the returned scope is disposed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A timeout is zero or negative.</exception>
    public static IDisposable Begin(MistCallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Timeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(options));
        }

        if (options.AttemptTimeout is { } attempt)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(attempt, TimeSpan.Zero, nameof(options));
        }

        var scope = new Scope(s_current.Value);
        s_current.Value = options;
        return scope;
    }

    private sealed class Scope(MistCallOptions? outer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                s_current.Value = outer;
            }
        }
    }
}
