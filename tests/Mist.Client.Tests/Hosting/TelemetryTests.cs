using System.Diagnostics;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mist.Tests.Hosting;

/// <summary>Spans and metrics through the OpenTelemetry SDK with in-memory exporters: names, attributes, no secrets.</summary>
public class TelemetryTests
{
    [Fact]
    public async Task One_span_per_operation_and_a_duration_point_per_attempt_with_retries_and_budget_and_no_secrets()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        // A port of its own, so that clients of tests running in parallel are told apart.
        var port = Random.Shared.Next(20000, 60000);
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(MistTelemetry.ActivitySourceName).AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(MistTelemetry.MeterName).AddInMemoryExporter(metrics).Build();
        using var t = new TestClient(o =>
        {
            o.Cloud = MistCloud.FromUri(new Uri($"http://127.0.0.1:{port}"));
            o.Diagnostics.LoggedQueryParameters.Add("limit");
        });
        t.Handler.Enqueue(HttpStatusCode.ServiceUnavailable, """{"detail":"busy"}""");
        t.Handler.Enqueue(HttpStatusCode.OK, """{"id":"4ac1dcf4-9d8b-7211-65c4-057819f0862b","name":"HQ"}""", ("X-Request-Id", "req-42"));

        await t.RunAsync(() => t.Client.Sites.GetAsync(TestClient.SiteId, TestContext.Current.CancellationToken));
        var request = new MistRequest(HttpMethod.Get, $"orgs/{TestClient.OrgId}/alarms/search?secret_key=hunter2&limit=5");
        t.Handler.Enqueue(HttpStatusCode.NotFound, """{"detail":"no"}""");
        await Assert.ThrowsAsync<MistNotFoundException>(() => t.RunAsync(() => t.Client.SendAsync(request, TestContext.Current.CancellationToken)));
        tracing.ForceFlush();
        meters.ForceFlush();

        var mine = spans.Where(s => (s.GetTagItem("server.port") as int?) == port).ToList();
        Assert.Equal(2, mine.Count);
        var get = mine[0];
        Assert.Equal("GET /api/v1/sites/{site_id}", get.DisplayName);
        Assert.Equal(ActivityKind.Client, get.Kind);
        Assert.Equal("GET", get.GetTagItem("http.request.method"));
        Assert.Equal("/api/v1/sites/{site_id}", get.GetTagItem("url.template"));
        Assert.Equal(200, get.GetTagItem("http.response.status_code"));
        Assert.Equal(2, get.GetTagItem("mist.attempts"));
        Assert.Equal("getSiteInfo", get.GetTagItem("mist.operation_id"));
        Assert.Equal("req-42", get.GetTagItem("mist.request_id"));
        Assert.Equal(ActivityStatusCode.Unset, get.Status);

        var raw = mine[1];
        // A raw request is named by the operation its path matches in the table, never by its ids.
        Assert.Equal("GET /api/v1/orgs/{org_id}/alarms/search", raw.DisplayName);
        Assert.Equal("searchOrgAlarms", raw.GetTagItem("mist.operation_id"));
        Assert.Equal("404", raw.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, raw.Status);
        var url = (string)raw.GetTagItem("url.full")!;
        Assert.Contains("limit=5", url, StringComparison.Ordinal);
        Assert.Contains("secret_key=REDACTED", url, StringComparison.Ordinal);
        var everything = string.Join("\n", mine.SelectMany(s => s.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")).Append(raw.StatusDescription));
        Assert.DoesNotContain("hunter2", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClient.Token, everything, StringComparison.Ordinal);

        var points = Points(metrics, "http.client.request.duration", port);
        Assert.Equal(3, points.Sum(p => p.GetHistogramCount()));
        Assert.Contains(points, p => Tag(p, "http.response.status_code") is 503 && Tag(p, "error.type") is "503" && Tag(p, "url.template") is "/api/v1/sites/{site_id}");
        Assert.Contains(points, p => Tag(p, "http.response.status_code") is 200 && Tag(p, "error.type") is null);
        Assert.Equal(1, Points(metrics, "mist.client.retries", port).Sum(p => p.GetSumLong()));
        var remaining = Points(metrics, "mist.client.rate_budget.remaining", port);
        Assert.Contains(remaining, p => p.GetGaugeLastValueLong() == 5000 - 3);
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name, int port)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Equals(Tag(point, "server.port"), port))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
