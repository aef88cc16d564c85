using System.Net;

namespace Mist.Tests;

public class SmokeTests
{
    [Fact]
    public async Task Get_self_sends_token_header_and_reads_privileges()
    {
        using var t = new TestClient();
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, """{"email":"a@b.c","privileges":[{"scope":"org","role":"admin","org_id":"6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f","name":"Acme"}]}""");
        var self = await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);
        Assert.Equal("a@b.c", self.Email);
        Assert.Equal("Token " + TestClient.Token, t.Handler.SingleRequest.Header("Authorization"));
    }
}
