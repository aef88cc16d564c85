namespace Mist;

/// <summary>
/// The names under which the SDK reports traces and metrics, for OpenTelemetry's <c>AddSource</c> and
/// <c>AddMeter</c>. Spans and instruments follow the OpenTelemetry semantic conventions for HTTP clients; no token,
/// header value or query value outside <see cref="MistDiagnosticsOptions.LoggedQueryParameters"/> is ever recorded.
/// </summary>
/// <remarks>
/// Traces: one client span per operation, named <c>{method} {url.template}</c> (for example
/// <c>GET /api/v1/sites/{site_id}/devices</c>), with <c>http.request.method</c>, <c>url.template</c>, <c>url.full</c>
/// (allow-listed query only), <c>server.address</c>, <c>server.port</c>, <c>http.response.status_code</c>,
/// <c>error.type</c>, <c>mist.attempts</c> and <c>mist.request_id</c>.
/// Metrics: <c>http.client.request.duration</c> (s, one point per attempt, so its count is the request count),
/// <c>mist.client.retries</c>, <c>mist.client.waits</c> and <c>mist.client.wait.duration</c> (s, by
/// <c>mist.wait.reason</c>), <c>mist.client.active_requests</c> (operations being sent or retried, not those waiting
/// for the rate budget) and <c>mist.client.rate_budget.remaining</c> (calls left this hour, per token).
/// </remarks>
public static class MistTelemetry
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: <c>Mist.Client</c>.</summary>
    public const string ActivitySourceName = "Mist.Client";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Mist.Client</c>.</summary>
    public const string MeterName = "Mist.Client";
}
