using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Mist;

/// <summary>The retry rules, in one place: what is retried, after how long, and what is said about it.</summary>
internal sealed partial class MistPipeline
{
    private ResiliencePipeline<MistResponse> BuildResilience(MistClientOptions options)
    {
        var retry = options.Retry;
        var builder = new ResiliencePipelineBuilder<MistResponse> { TimeProvider = options.TimeProvider };
        // A MistCallOptions scope may shorten or lengthen the operation's timeout for its calls.
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = _ => ValueTask.FromResult(MistCallOptions.Current?.Timeout ?? options.Timeout),
        });
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<MistResponse>
            {
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.Delay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome)),
                OnRetry = args =>
                {
                    OnRetry(args.Context, args.Outcome, args.RetryDelay, args.AttemptNumber + 2);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>
    /// GET, PUT and DELETE repeat safely on 408, 429, 5xx and transport failures. POST (create, claim, actions)
    /// is repeated only on 429, which Mist answers before doing anything, or when the connection was never made:
    /// otherwise a retry could create a second site or claim twice.
    /// </summary>
    internal static bool IsRetryable(MistRequest request, Outcome<MistResponse> outcome, bool tokenAvailable, TimeSpan? retryAfter, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                // A refused certificate or TLS version, or a proxy that wants other credentials, answers the same every time.
                HttpRequestException http when TransportErrors.IsTlsRefusal(http) || TransportErrors.IsProxyRefusal(http) => false,
                HttpRequestException http => request.IsIdempotent || NeverReachedServer(http),
                TimeoutRejectedException => request.IsIdempotent,
                _ => false,
            };
        }

        var status = outcome.Result!.Status;
        if (status == 429)
        {
            return tokenAvailable || retryAfter is null || retryAfter <= maxRetryAfter;
        }

        return request.IsIdempotent && status is 408 or 500 or 502 or 503 or 504;
    }

    /// <summary>Connection and name-resolution failures happen before a byte of the request is sent.</summary>
    internal static bool NeverReachedServer(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    private bool ShouldRetry(ResilienceContext context, Outcome<MistResponse> outcome)
    {
        var call = context.Properties.GetValue(Call.Key, null!);
        var request = call.Request;
        if (MistCallOptions.Current is { Retry: false } || call.PriorAttempts + call.Attempts > _options.Retry.MaxRetries)
        {
            return false;
        }

        var retryAfter = outcome.Result?.GetRetryAfter(Time.GetUtcNow());
        return IsRetryable(request, outcome, _tokens.UntilUsable() == TimeSpan.Zero, retryAfter, _options.Retry.MaxRetryAfter);
    }

    /// <summary>A 429 moves straight to the next usable token; otherwise the server's Retry-After wins over backoff.</summary>
    private TimeSpan? ServerDelay(Outcome<MistResponse> outcome)
    {
        if (outcome.Result is not { } response)
        {
            return null;
        }

        if (response.Status == 429)
        {
            var untilUsable = _tokens.UntilUsable();
            if (untilUsable == TimeSpan.Zero)
            {
                return TimeSpan.Zero;
            }

            // Rounded up to a whole millisecond: timers count in milliseconds, and one that fired a fraction early
            // would find the token still resting and send the call back to wait with its retries spent twice.
            var rest = TimeSpan.FromMilliseconds(Math.Ceiling(untilUsable.TotalMilliseconds));
            return response.GetRetryAfter(Time.GetUtcNow()) ?? (untilUsable <= _options.Retry.MaxRetryAfter ? rest : null);
        }

        return response.GetRetryAfter(Time.GetUtcNow());
    }

    /// <summary>
    /// How long a token rests after a 429 that gave no usable <c>Retry-After</c>: the retry delay doubled per
    /// attempt, capped at <see cref="MistRetryOptions.MaxDelay"/>, with full jitter between half and all of it.
    /// </summary>
    internal TimeSpan ThrottleBackoff(int attempt)
    {
        var retry = _options.Retry;
        var exponential = retry.Delay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, retry.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private void OnRetry(ResilienceContext context, Outcome<MistResponse> outcome, TimeSpan delay, int nextAttempt)
    {
        var request = context.Properties.GetValue(Call.Key, null!).Request;
        var what = outcome.Result is { } r ? $"{r.Status} {r.ReasonPhrase}" : outcome.Exception?.GetType().Name ?? "failure";
        _instruments.Retries.Add(
            1,
            new KeyValuePair<string, object?>("http.request.method", request.Method.Method),
            new KeyValuePair<string, object?>("url.template", Instruments.Template(request)),
            new KeyValuePair<string, object?>("error.type", outcome.Result is { } failed ? failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : what),
            _instruments.Server,
            _instruments.Port);
        Log.Retrying(_logger, request.Method.Method, request.Path, what, delay.TotalMilliseconds, nextAttempt, _options.Retry.MaxRetries + 1);
        // Every wait for a 429 is said (the user should know the server is throttling); other backoffs from 1 s on.
        if (outcome.Result?.Status == 429 ? delay > TimeSpan.Zero : delay >= TimeSpan.FromSeconds(1))
        {
            Notify(outcome.Result?.Status == 429 ? MistWaitReason.ServerRateLimit : MistWaitReason.Backoff, delay, request);
        }
    }
}
