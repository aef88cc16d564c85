using System.Net;
using Mist.Queries;

namespace Mist.Tests.Operations;

/// <summary>
/// The generated search and count options on the wire: times as epoch seconds, durations in Mist's units, lists
/// comma-separated, UUIDs and booleans as text, unset options not sent; and a count answer read into MistCount.
/// </summary>
public class QueryFamilyTests
{
    [Fact]
    public async Task Search_options_are_sent_typed_and_unset_ones_are_not_sent()
    {
        using var t = new TestClient();
        var site = Guid.Parse("11111111-2222-3333-4444-555555555555");
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/alarms/search", HttpStatusCode.OK, """{"results":[{"id":"a"}],"limit":100,"total":1}""");

        var alarms = new List<string>();
        var options = new SearchOrgAlarmsOptions
        {
            SiteId = site,
            Start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            Duration = TimeSpan.FromHours(6),
            Acked = false,
            Severity = "critical,major",
        };
        await foreach (var alarm in t.Client.Orgs.Searches.AlarmsAsync(TestClient.OrgId, options).WithCancellation(TestContext.Current.CancellationToken))
        {
            alarms.Add(alarm.GetProperty("id").GetString()!);
        }

        var sent = t.Handler.SingleRequest;
        Assert.Equal(["a"], alarms);
        Assert.Equal(site.ToString("D"), sent.Query("site_id"));
        Assert.Equal("1793487600", sent.Query("start")); // 2026-10-31T23:00:00Z
        Assert.Equal("6h", sent.Query("duration"));
        Assert.Equal("false", sent.Query("acked"));
        Assert.Equal("critical,major", sent.Query("severity"));
        Assert.DoesNotContain("end", sent.QueryNames);
        Assert.DoesNotContain("type", sent.QueryNames);
    }

    [Theory]
    [InlineData(2 * 7 * 24 * 60, "2w")]
    [InlineData(3 * 24 * 60, "3d")]
    [InlineData(36 * 60, "36h")]
    [InlineData(90, "90m")]
    public async Task A_duration_is_sent_in_the_largest_unit_that_divides_it(int minutes, string expected)
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/sites/{TestClient.SiteId}/alarms/count", HttpStatusCode.OK, """{"distinct":"type","results":[],"total":0}""");

        await t.Client.Sites.Counts.AlarmsAsync(TestClient.SiteId, new CountSiteAlarmsOptions { Duration = TimeSpan.FromMinutes(minutes) }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, t.Handler.SingleRequest.Query("duration"));
    }

    [Fact]
    public async Task A_count_answer_is_read_into_rows_of_value_and_count_whatever_the_values_type()
    {
        using var t = new TestClient();
        t.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/inventory/count", HttpStatusCode.OK,
            """{"distinct":"model","start":1700000000,"end":1700086400,"limit":2,"total":3,"results":[{"model":"AP43","count":12},{"count":5,"model":41},{"count":1}]}""");

        var count = await t.Client.Orgs.Counts.InventoryAsync(TestClient.OrgId, new CountOrgInventoryOptions { Distinct = "model", Limit = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal("model", t.Handler.SingleRequest.Query("distinct"));
        Assert.Equal("2", t.Handler.SingleRequest.Query("limit"));
        Assert.Equal("model", count.Distinct);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), count.Start);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700086400), count.End);
        Assert.Equal(3, count.Total);
        Assert.Equal(["AP43: 12", "41: 5"], count.Results.Select(r => r.ToString()));
        Assert.Contains("\"results\":[{\"value\":\"AP43\",\"count\":12}", System.Text.Json.JsonSerializer.Serialize(count, MistJsonContext.Default.MistCount), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(0.5)]
    public async Task A_duration_that_is_not_a_positive_whole_number_of_minutes_is_refused_before_sending(double minutes)
    {
        using var t = new TestClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            t.Client.Sites.Counts.AlarmsAsync(TestClient.SiteId, new CountSiteAlarmsOptions { Duration = TimeSpan.FromMinutes(minutes) }, TestContext.Current.CancellationToken));

        Assert.Contains("countSiteAlarms: duration", error.Message, StringComparison.Ordinal);
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task A_value_outside_a_parameters_enum_is_refused_before_sending()
    {
        using var t = new TestClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            t.Client.Orgs.Counts.InventoryAsync(TestClient.OrgId, new CountOrgInventoryOptions { Distinct = "colour" }, TestContext.Current.CancellationToken));

        Assert.Equal("countOrgInventory: distinct takes one of model, status, site_id, sku, version, not 'colour'.", error.Message);
        Assert.Empty(t.Handler.Requests);
    }
}
