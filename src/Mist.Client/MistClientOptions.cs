using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mist;

/// <summary>Settings for a <see cref="MistClient"/>. Read once when the client is created.</summary>
public sealed class MistClientOptions
{
    private TimeProvider _timeProvider = TimeProvider.System;
    private ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;
    private MistRetryOptions _retry = new();
    private MistRateBudgetOptions _rateBudget = new();
    private MistDiagnosticsOptions _diagnostics = new();
    private int _maxConcurrentPages = 4;
    private long _maxResponseBodySize = DefaultMaxResponseBodySize;

    /// <summary>The cloud (or custom endpoint) to call. Defaults to <see cref="MistCloud.Global01"/>.</summary>
    public MistCloud Cloud { get; set; } = MistCloud.Global01;

    /// <summary>How failed attempts are retried.</summary>
    public MistRetryOptions Retry
    {
        get => _retry;
        set => _retry = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The client-side budget of calls per token per clock hour.</summary>
    public MistRateBudgetOptions RateBudget
    {
        get => _rateBudget;
        set => _rateBudget = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>What is logged, and which headers and query values are shown rather than redacted.</summary>
    public MistDiagnosticsOptions Diagnostics
    {
        get => _diagnostics;
        set => _diagnostics = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// How many pages of one list may be fetched at the same time, 1 to 16; defaults to 4. Once the first page of a
    /// numbered list (<c>limit</c> + <c>page</c>) gives the total, the pages after it are requested concurrently up
    /// to this many and still returned in order, so a 50-page listing takes about 13 round trips instead of 50.
    /// Each page is an ordinary call: it counts against the rate budget, and no page is started that the budget
    /// cannot cover. 1 fetches one page after another. Lists followed by <c>next</c> links are always sequential.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 16.</exception>
    public int MaxConcurrentPages
    {
        get => _maxConcurrentPages;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxConcurrentPagesLimit);
            _maxConcurrentPages = value;
        }
    }

    /// <summary>The largest value <see cref="MaxConcurrentPages"/> accepts.</summary>
    public const int MaxConcurrentPagesLimit = 16;

    /// <summary>
    /// The most bytes one response body may have once decompressed; defaults to 64 MiB, well above Mist's largest
    /// page. A larger body (a decompression bomb, a server that never stops) fails the call with a
    /// <see cref="MistException"/> naming the request and the limit, without retrying and without reading past it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 KiB and 1 GiB.</exception>
    public long MaxResponseBodySize
    {
        get => _maxResponseBodySize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1024L * 1024 * 1024);
            _maxResponseBodySize = value;
        }
    }

    /// <summary>The default of <see cref="MaxResponseBodySize"/>: 64 MiB.</summary>
    public const long DefaultMaxResponseBodySize = 64L * 1024 * 1024;

    /// <summary>The limit for one attempt, including reading the response body. Defaults to 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The limit for a whole operation, retries and their waits included. Defaults to 2 minutes.
    /// Waits for the client-side rate budget are not counted: they are bounded by <see cref="MistRateBudgetOptions.MaxWait"/>.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The innermost HTTP handler. Leave unset for a pooled <see cref="SocketsHttpHandler"/>; tests inject a fake.
    /// The client does not dispose a handler it was given.
    /// </summary>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>
    /// Wraps the transport (the default one, or <see cref="Transport"/>) in a handler of the caller's, called once
    /// per client with the innermost handler: a <see cref="DelegatingHandler"/> that records, stubs or stops
    /// requests while they keep the default transport's TLS diagnostics, proxy settings and decompression. Requests
    /// reach it once per attempt, after the pipeline's retries, rate budget and timeouts.
    /// </summary>
    /// <example><c>options.WrapTransport = inner =&gt; new RecordingHandler(inner);</c></example>
    public Func<HttpMessageHandler, HttpMessageHandler>? WrapTransport { get; set; }

    /// <summary>The clock for backoff, timeouts and the rate budget. Tests inject a fake.</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where request traces go. Secrets are redacted before anything is logged.</summary>
    public ILoggerFactory LoggerFactory
    {
        get => _loggerFactory;
        set => _loggerFactory = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// An application name and version added in front of the SDK's own <c>User-Agent</c> product,
    /// for example <c>mist-cli/1.2.0</c>.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>Tests stand for a machine without libssl here: returns null when HTTPS can work, else why not.</summary>
    internal Func<string?>? NativeTlsProbe { get; set; }
}
