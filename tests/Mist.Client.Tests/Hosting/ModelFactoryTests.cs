using System.Net;

namespace Mist.Tests.Hosting;

/// <summary>What users' own unit tests build with <see cref="MistModelFactory"/>, and the one-code claim.</summary>
public class ModelFactoryTests
{
    [Fact]
    public void An_api_exception_is_the_subtype_the_client_would_throw_with_detail_path_and_request_id()
    {
        var notFound = Assert.IsType<MistNotFoundException>(MistModelFactory.ApiException(404, "site not found", "GET", "/api/v1/sites/x", "req-1"));
        var limited = Assert.IsType<MistRateLimitException>(MistModelFactory.ApiException(429, "slow down", retryAfter: TimeSpan.FromSeconds(30)));

        Assert.Equal(404, notFound.Status);
        Assert.Equal("req-1", notFound.RequestId);
        Assert.Contains("site not found", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("/api/v1/sites/x", notFound.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.IsType<MistValidationException>(MistModelFactory.ApiException(400, "name is required", "POST", "/api/v1/orgs/o/sites"));
        Assert.IsType<MistServerException>(MistModelFactory.ApiException(503, "busy"));
        Assert.Throws<ArgumentOutOfRangeException>(() => MistModelFactory.ApiException(200, "fine"));
    }

    [Fact]
    public void A_response_carries_status_body_request_id_and_headers()
    {
        var response = MistModelFactory.Response(200, """{"name":"HQ"}""", "req-2", [new("X-Page-Total", "7")]);

        Assert.True(response.IsSuccess);
        Assert.Equal("req-2", response.RequestId);
        Assert.Equal("7", response.GetHeader("X-Page-Total"));
        Assert.Equal("HQ", response.ReadJson()!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_single_claim_code_is_sent_as_an_array_of_one()
    {
        using var t = new TestClient();
        t.Handler.Enqueue(HttpStatusCode.OK, """{"added":["6JG8E-PTFV2-A9Z2N"],"duplicated":[],"error":[],"reason":[],"inventory_added":[],"inventory_duplicated":[],"inventory_pending":[]}""");

        await t.Client.Inventory.ClaimAsync(TestClient.OrgId, " 6JG8E-PTFV2-A9Z2N ", TestContext.Current.CancellationToken);

        RequestAssert.Body(t.Handler.SingleRequest, """["6JG8E-PTFV2-A9Z2N"]""");
    }
}
