using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Mist;

/// <summary>
/// Sends a <see cref="MistRequest"/>: overall timeout → retry (Polly) → token and budget → per-attempt timeout →
/// redacted logging → transport. Each attempt builds a fresh <see cref="HttpRequestMessage"/>, so a retry
/// never re-sends a disposed message, and buffers the body, so a connection lost mid-body is retried as a whole.
/// </summary>
internal sealed partial class MistPipeline : IDisposable
{
    // How many times one call may wait out a 429 that outlasted its retries before the 429 is the answer.
    private const int MaxRateLimitRounds = 3;



    private readonly HttpMessageInvoker _transport;
    private readonly TokenPool _tokens;
    private readonly ResiliencePipeline<MistResponse> _resilience;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly MistClientOptions _options;
    private readonly ILogger _logger;
    private readonly ProductInfoHeaderValue[] _userAgent;
    private readonly Uri _baseAddress;
    private readonly TlsDiagnostics? _tls;
    private readonly Func<string?> _nativeTls;
    private readonly Instruments _instruments;

    // A proxy variable .NET cannot read (it would send direct, silently): every send fails with it, nothing sent.
    private readonly string? _proxyProblem;

    public MistPipeline(MistCredential credential, MistClientOptions options)
    {
        _options = options;
        _baseAddress = options.Cloud.BaseAddress;
        MaxConcurrentPages = options.MaxConcurrentPages;
        _logger = options.LoggerFactory.CreateLogger("Mist.Client");
        _tokens = new TokenPool(credential, options.RateBudget, options.TimeProvider);
        _userAgent = UserAgent.Build(options.ApplicationId);
        _instruments = new Instruments(_baseAddress, () => _tokens.Snapshot());
        _nativeTls = options.NativeTlsProbe ?? (static () => NativeTls.Missing);
        // A handler the caller supplied is the caller's to dispose.
        if (options.Transport is null)
        {
            _tls = new TlsDiagnostics();
            _proxyProblem = EnvironmentProxy.Problem(_baseAddress, HttpClient.DefaultProxy, Environment.GetEnvironmentVariable);
        }

        var innermost = options.Transport ?? CreateDefaultHandler(_tls!);
        _transport = new HttpMessageInvoker(options.WrapTransport?.Invoke(innermost) ?? innermost, disposeHandler: options.Transport is null);
        _resilience = BuildResilience(options);
        _attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = _ => ValueTask.FromResult(MistCallOptions.Current?.AttemptTimeout ?? options.AttemptTimeout),
            })
            .Build();
    }

    public TimeProvider Time => _options.TimeProvider;

    public Uri BaseAddress => _baseAddress;

    public MistCloud Cloud => _options.Cloud;

    /// <summary>Pages of one list fetched at once (<see cref="MistClientOptions.MaxConcurrentPages"/>).</summary>
    public int MaxConcurrentPages { get; }

    public IReadOnlyList<MistTokenBudget> Budget => _tokens.Snapshot();

    /// <summary>Sends the request as one operation: one client span around the budget waits, retries and attempts.</summary>
    public async Task<MistResponse> SendAsync(MistRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_proxyProblem is not null)
        {
            throw new MistConnectionException(_proxyProblem);
        }

        var template = Instruments.Template(request);
        using var activity = Instruments.Source.StartActivity($"{request.Method.Method} {template}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.template", template);
            activity.SetTag("mist.operation_id", request.ResolvedOperation?.OperationId);
            activity.SetTag("url.full", new Uri(_baseAddress, HttpRedaction.PathAndQuery(request.PathAndQuery, _options.Diagnostics.LoggedQueryParameters).TrimStart('/')).ToString());
            activity.SetTag("server.address", _baseAddress.Host);
            activity.SetTag("server.port", _baseAddress.Port);
        }

        try
        {
            var response = await SendOperationAsync(request, cancellationToken).ConfigureAwait(false);
            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", response.Status);
                activity.SetTag("mist.attempts", response.Attempts);
                activity.SetTag("mist.request_id", response.RequestId);
                if (response.Status >= 400)
                {
                    activity.SetTag("error.type", response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            return response;
        }
        catch (Exception e) when (activity is not null)
        {
            if (e is MistApiException api)
            {
                activity.SetTag("http.response.status_code", api.Status);
            }

            activity.SetTag("error.type", e is MistApiException failed ? failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : e.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error, UriRedaction.Strip(e.Message));
            throw;
        }
    }

    private async Task<MistResponse> SendOperationAsync(MistRequest request, CancellationToken cancellationToken)
    {
        MistLimits.CheckUrl(request, request.PathAndQuery.Length);
        if (_baseAddress.Scheme == Uri.UriSchemeHttps && _nativeTls() is { } missing)
        {
            throw new MistConnectionException($"{request.Method} {request.Path} was not sent: {missing}");
        }

        var attempts = 0;
        // Attempts of this round already made before the budget was taken: the retries left are shared, so that a
        // round never makes more than MaxRetries + 1 attempts however often it goes back to wait.
        var roundAttempts = 0;
        for (var round = 1; ; round++)
        {
            await WaitForBudgetAsync(request, cancellationToken).ConfigureAwait(false);
            var (response, lastRetryAfter, taken) = await SendCountedAsync(request, roundAttempts, cancellationToken).ConfigureAwait(false);
            if (response is null)
            {
                roundAttempts += taken;
                // The budget was taken (by a concurrent request, or by a 429 that rested the token) before an attempt
                // could be sent: wait again, announced and outside the timeouts. The attempts already made answered
                // 429 or never reached the server, so sending again is safe, even for a POST; it is not a new round.
                attempts += taken;
                round--;

                // Never loop back without yielding: should the pool read usable while the acquire fails, the next
                // round must not spin on this thread (a fake clock driven by the caller could then never move).
                await Task.Yield();
                continue;
            }

            response.RequestLine = $"{request.Method} {request.Path}";
            attempts += response.Attempts;
            roundAttempts = 0;

            // A 429 that outlasted the retries is waited out here, outside the timeouts. Mist did nothing with the
            // request, so sending it again is safe, even for a POST.
            if (response.Status == 429 && round < MaxRateLimitRounds && MistCallOptions.Current is not { Retry: false })
            {
                // Only RateBudget.MaxWait opts into this: short waits are the retries' job, and MaxRetries = 0 means none.
                var (wait, _) = _tokens.Availability();
                if (wait > TimeSpan.Zero && wait <= _options.RateBudget.MaxWait)
                {
                    continue;
                }
            }

            // The operation's final response, for a MistResponseCapture open on this flow.
            MistResponseCapture.Record(response);
            if (response.Status == 429 && request.ThrowOnError)
            {
                throw new MistRateLimitException(request, response, response.GetRetryAfter(Time.GetUtcNow()), attempts, lastRetryAfter);
            }

            if (!response.IsSuccess && request.ThrowOnError)
            {
                throw MistErrorMapper.Create(request, response, Time.GetUtcNow());
            }

            return response;
        }
    }

    private async Task<(MistResponse? Response, string? LastRetryAfter, int Attempts)> SendCountedAsync(MistRequest request, int priorAttempts, CancellationToken cancellationToken)
    {
        _instruments.ActiveRequests.Add(1, _instruments.Server, _instruments.Port);
        try
        {
            return await SendWithRetriesAsync(request, priorAttempts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _instruments.ActiveRequests.Add(-1, _instruments.Server, _instruments.Port);
        }
    }

    /// <summary>
    /// Sends with retries. A null response means the next attempt could not be sent because the budget was taken
    /// meanwhile; <c>Attempts</c> then says how many were made before.
    /// </summary>
    private async Task<(MistResponse? Response, string? LastRetryAfter, int Attempts)> SendWithRetriesAsync(MistRequest request, int priorAttempts, CancellationToken cancellationToken)
    {
        var call = new Call(request) { PriorAttempts = priorAttempts };
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Call.Key, call);
        try
        {
            var outcome = await _resilience.ExecuteOutcomeAsync(
                static (ctx, self) => self.SendOnceAsync(ctx),
                context,
                this).ConfigureAwait(false);
            outcome.ThrowIfException();
            var response = outcome.Result!;
            response.Attempts = call.Attempts;
            return (response, call.LastRetryAfter, call.Attempts);
        }
        catch (BudgetTakenException)
        {
            return (null, call.LastRetryAfter, call.Attempts);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MistTimeoutException(
                $"{request.Method} {request.Path} timed out after {call.Attempts} attempt(s) (timeout {e.Timeout.TotalSeconds:0.#} s).", e);
        }
        catch (HttpRequestException e)
        {
            throw new MistConnectionException(
                $"{request.Method} {request.Path} failed: could not get a response from {_baseAddress.Authority} after {call.Attempts} attempt(s): {Describe(e)}",
                TransportErrors.Redacted(e));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose()
    {
        _transport.Dispose();
        _tokens.Dispose();
        _instruments.Dispose();
    }

    // A short server throttle (a Retry-After the retries would honour) is waited out like a retry delay; longer
    // waits, and a spent client-side budget, only within RateBudget.MaxWait.
    private TimeSpan AllowedWait(bool serverThrottled) =>
        serverThrottled && _options.Retry.MaxRetryAfter > _options.RateBudget.MaxWait ? _options.Retry.MaxRetryAfter : _options.RateBudget.MaxWait;

    // Budget waits happen before the operation starts so that they do not count against its timeout.
    private async Task WaitForBudgetAsync(MistRequest request, CancellationToken cancellationToken)
    {
        var (wait, throttled) = _tokens.Availability();
        while (wait > TimeSpan.Zero)
        {
            if (wait > AllowedWait(throttled))
            {
                throw new MistRateLimitException(request.Method.Method, request.Path, wait);
            }

            // The timer starts before the wait is announced: whoever acts on the notice (a caller driving a clock,
            // a user reading "Waiting 60 min") acts on a wait that is already running.
            var delay = Task.Delay(wait, Time, cancellationToken);
            Notify(throttled ? MistWaitReason.ServerRateLimit : MistWaitReason.ClientBudget, wait, request);
            await delay.ConfigureAwait(false);
            (wait, throttled) = _tokens.Availability();
        }
    }

    private async ValueTask<Outcome<MistResponse>> SendOnceAsync(ResilienceContext context)
    {
        var call = context.Properties.GetValue(Call.Key, null!);
        var request = call.Request;
        var (slot, _) = _tokens.TryAcquire();
        if (slot is null)
        {
            var (wait, throttled) = _tokens.Availability();
            if (wait > AllowedWait(throttled))
            {
                return Outcome.FromException<MistResponse>(new MistRateLimitException(request.Method.Method, request.Path, wait));
            }

            // The budget was taken after WaitForBudgetAsync looked (a concurrent request, a 429 that rested the
            // token). Any wait for it goes back there: announced, and outside this attempt's and the call's timeout,
            // which a wait inside could run down (a fake clock moved by an hour fired them).
            return Outcome.FromException<MistResponse>(new BudgetTakenException());
        }

        var attempt = ++call.Attempts;
        var tokenSlot = slot.Value;

        var pathAndQuery = request.PathAndQuery;
        var shown = HttpRedaction.PathAndQuery(pathAndQuery, _options.Diagnostics.LoggedQueryParameters);
        Log.Sending(_logger, request.Method.Method, shown, attempt);
        var started = Time.GetTimestamp();
        try
        {
            var response = await _attemptTimeout.ExecuteAsync(
                async (state, ct) => await state.self.SendHttpAsync(state.request, state.pathAndQuery, state.tokenSlot, ct).ConfigureAwait(false),
                (self: this, request, pathAndQuery, tokenSlot),
                context.CancellationToken).ConfigureAwait(false);

            var elapsed = Time.GetElapsedTime(started).TotalMilliseconds;
            RecordAttempt(request, elapsed, response.Status, null);
            Log.Received(_logger, response.Status, request.Method.Method, shown, elapsed, attempt, response.RequestId ?? "-");
            if (response.Status == 429)
            {
                // Without a usable Retry-After (absent, -1, NaN, garbage) the token rests for an exponential backoff
                // with jitter, not for the rest of the clock hour: the retries then say and count each wait.
                _tokens.ReportThrottled(tokenSlot, response.GetRetryAfter(Time.GetUtcNow()) ?? ThrottleBackoff(attempt));
                call.LastRetryAfter = response.GetHeader("Retry-After");
            }

            return Outcome.FromResult(response);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            RecordAttempt(request, Time.GetElapsedTime(started).TotalMilliseconds, null, e is HttpRequestException { HttpRequestError: var kind } ? kind.ToString() : "timeout");
            var error = e is HttpRequestException http ? Describe(http) : UriRedaction.Strip(e.Message);
            Log.TransportFailed(_logger, request.Method.Method, shown, Time.GetElapsedTime(started).TotalMilliseconds, attempt, error);
            return Outcome.FromException<MistResponse>(e);
        }
    }

    private async Task<MistResponse> SendHttpAsync(MistRequest request, string pathAndQuery, int tokenSlot, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(_baseAddress, pathAndQuery.TrimStart('/')));
        message.Headers.Authorization = new AuthenticationHeaderValue("Token", _tokens.Token(tokenSlot));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var product in _userAgent)
        {
            message.Headers.UserAgent.Add(product);
        }

        if (request.Content is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        LogHeaders("Request", message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()));
        LogBody("Request", request.Content ?? ReadOnlyMemory<byte>.Empty);

        using var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        byte[] content;
        try
        {
            content = await ResponseBody.ReadAsync(response.Content, _options.MaxResponseBodySize, request, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection closed while the response body was read.", e);
        }

        var headers = response.Headers.Concat(response.Content.Headers).ToList();
        LogHeaders("Response", headers);
        LogBody("Response", content);
        return new MistResponse((int)response.StatusCode, headers, content);
    }

    private void LogHeaders(string direction, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            var allowed = _options.Diagnostics.LoggedHeaderNames;
            Log.Headers(_logger, direction, string.Join("; ", headers.Select(h => $"{h.Key}: {HttpRedaction.Header(h.Key, h.Value, allowed)}")));
        }
    }

    private void LogBody(string direction, ReadOnlyMemory<byte> body)
    {
        if (_options.Diagnostics.IsLoggingContentEnabled && !body.IsEmpty && _logger.IsEnabled(LogLevel.Trace))
        {
            var limit = Math.Max(0, _options.Diagnostics.LoggedContentSizeLimit);
            var text = System.Text.Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, limit)]);
            Log.Body(_logger, direction, body.Length, body.Length > limit ? text + "…" : text);
        }
    }

    private void Notify(MistWaitReason reason, TimeSpan delay, MistRequest request)
    {
        var why = new KeyValuePair<string, object?>("mist.wait.reason", reason.ToString());
        _instruments.Waits.Add(1, why, _instruments.Server, _instruments.Port);
        _instruments.WaitDuration.Record(delay.TotalSeconds, why, _instruments.Server, _instruments.Port);
        Log.Waiting(_logger, delay.TotalMilliseconds, reason, request.Method.Method, request.Path);
        _options.RateBudget.OnWait?.Invoke(new MistWaitNotice(delay, reason, request.Method.Method, request.Path));
    }

    private void RecordAttempt(MistRequest request, double elapsedMs, int? status, string? error)
    {
        if (!_instruments.Duration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "http.request.method", request.Method.Method },
            { "url.template", Instruments.Template(request) },
            _instruments.Server,
            _instruments.Port,
        };
        if (status is { } code)
        {
            tags.Add("http.response.status_code", code);
        }

        if ((status is >= 400 ? status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : error) is { } errorType)
        {
            tags.Add("error.type", errorType);
        }

        _instruments.Duration.Record(elapsedMs / 1000, tags);
    }

    private string Describe(HttpRequestException exception) => TransportErrors.Describe(exception, _baseAddress, _tls, Time.GetUtcNow());

    private static SocketsHttpHandler CreateDefaultHandler(TlsDiagnostics tls) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        UseProxy = true,
        Proxy = EnvironmentProxy.FromEnvironment(),
        // Accepts exactly what the default validation accepts; it only remembers why a certificate was refused.
        SslOptions = { RemoteCertificateValidationCallback = tls.Validate },
    };

    /// <summary>An attempt found the budget taken for longer than a timer's hair; it was not sent.</summary>
    private sealed class BudgetTakenException : Exception
    {
        public BudgetTakenException()
            : base("The rate budget was taken before the attempt could be sent.")
        {
        }
    }

    /// <summary>Per-operation state shared by the attempts.</summary>
    private sealed class Call(MistRequest request)
    {
        public static readonly ResiliencePropertyKey<Call> Key = new("mist.call");

        public MistRequest Request { get; } = request;

        public int Attempts { get; set; }

        /// <summary>Attempts of the same round made before the budget was taken (they used up retries too).</summary>
        public int PriorAttempts { get; init; }

        /// <summary>The <c>Retry-After</c> of the last 429, as the server wrote it (or null when it sent none).</summary>
        public string? LastRetryAfter { get; set; }
    }
}
