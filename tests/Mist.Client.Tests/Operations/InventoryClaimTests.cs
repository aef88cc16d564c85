using System.Net;

namespace Mist.Tests.Operations;

/// <summary><see cref="InventoryClient.ClaimAsync(Guid, IEnumerable{string}, CancellationToken)"/>: a bare array of codes, per-code outcomes, and which 400s are results.</summary>
public class InventoryClaimTests
{
    private static readonly string s_path = $"/api/v1/orgs/{TestClient.OrgId}/inventory";

    [Fact]
    public async Task Posts_a_bare_array_of_trimmed_codes_and_maps_mixed_outcomes()
    {
        using var t = new TestClient();
        t.Handler.On("POST", s_path, HttpStatusCode.OK, """
            {"added":["6JG8E-PTFV2-A9Z2N"],"duplicated":["DVH4V-SNMSZ-PDXBR"],"error":["PO1025335ohoh","BAD"],
             "reason":["belongs to another org","invalid code"],
             "inventory_added":[{"mac":"5c5b35000018","magic":"6JG8EPTFV2A9Z2N","model":"AP41","serial":"FXLH2015150025","type":"ap","extra":[1]}],
             "inventory_duplicated":[{"mac":"5c5b35000012","magic":"DVH4VSNMSZPDXBR","model":"AP41","serial":"FXLH2015150027","type":"ap"}],
             "inventory_pending":[]}
            """);

        var result = await t.Client.Inventory.ClaimAsync(
            TestClient.OrgId,
            [" 6JG8E-PTFV2-A9Z2N", "DVH4V-SNMSZ-PDXBR ", "PO1025335ohoh", "BAD"],
            TestContext.Current.CancellationToken);

        RequestAssert.Sent(t.Handler.SingleRequest, "POST", s_path);
        RequestAssert.Body(t.Handler.SingleRequest, """["6JG8E-PTFV2-A9Z2N","DVH4V-SNMSZ-PDXBR","PO1025335ohoh","BAD"]""");
        var outcomes = result.Outcomes;
        Assert.Equal(
            [
                ("6JG8E-PTFV2-A9Z2N", ClaimStatus.Added, null, "5c5b35000018"),
                ("DVH4V-SNMSZ-PDXBR", ClaimStatus.Duplicated, null, "5c5b35000012"),
                ("PO1025335ohoh", ClaimStatus.Error, "belongs to another org", null),
                ("BAD", ClaimStatus.Error, (string?)"invalid code", (string?)null),
            ],
            outcomes.Select(o => (o.Code, o.Status, o.Reason, o.Device?.Mac)));
        var added = outcomes[0].Device!;
        Assert.Equal(("AP41", "FXLH2015150025", "6JG8EPTFV2A9Z2N"), (added.Model, added.Serial, added.Magic));
        Assert.Equal(DeviceType.AccessPoint, added.Type);
        Assert.Equal("[1]", added.AdditionalProperties!["extra"].GetRawText());
        Assert.Equal("[]", result.AdditionalProperties!["inventory_pending"].GetRawText());
    }

    [Fact]
    public async Task A_400_with_the_claim_body_is_returned_not_thrown()
    {
        using var t = new TestClient();
        t.Handler.On("POST", s_path, HttpStatusCode.BadRequest, """{"added":[],"duplicated":[],"error":["XXXX"],"reason":["invalid claim code"]}""");

        var result = await t.Client.Inventory.ClaimAsync(TestClient.OrgId, ["XXXX"], TestContext.Current.CancellationToken);

        Assert.Equal([new ClaimOutcome("XXXX", ClaimStatus.Error, "invalid claim code", null)], result.Outcomes);
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task A_400_with_a_plain_detail_throws_MistValidationException()
    {
        using var t = new TestClient();
        t.Handler.On("POST", s_path, HttpStatusCode.BadRequest, """{"detail":"JSON parse error - Expecting value"}""");

        var e = await Assert.ThrowsAsync<MistValidationException>(() => t.Client.Inventory.ClaimAsync(TestClient.OrgId, ["XXXX"], TestContext.Current.CancellationToken));

        Assert.Equal(400, e.Status);
        Assert.Equal("JSON parse error - Expecting value", e.Detail);
        Assert.Equal(("POST", s_path), (e.Method, e.Path));
        Assert.Single(t.Handler.Requests);
    }

    [Fact]
    public async Task A_401_throws_MistAuthenticationException()
    {
        using var t = new TestClient();
        t.Handler.On("POST", s_path, HttpStatusCode.Unauthorized, """{"detail":"Authentication credentials were not provided."}""");

        var e = await Assert.ThrowsAsync<MistAuthenticationException>(() => t.Client.Inventory.ClaimAsync(TestClient.OrgId, ["XXXX"], TestContext.Current.CancellationToken));

        Assert.Equal(401, e.Status);
        Assert.Equal("Authentication credentials were not provided.", e.Detail);
    }

    [Fact]
    public async Task No_code_or_an_empty_code_throws_and_sends_nothing()
    {
        using var t = new TestClient();
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Inventory.ClaimAsync(TestClient.OrgId, [], ct));
        await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Inventory.ClaimAsync(TestClient.OrgId, ["6JG8E-PTFV2-A9Z2N", "  "], ct));

        Assert.Empty(t.Handler.Requests);
    }
}
