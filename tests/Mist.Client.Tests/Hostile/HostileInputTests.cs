namespace Mist.Tests.Hostile;

/// <summary>
/// Issue 12, items 4 and 11: giant names, paths, query values and URLs, credentials in a host, and encoded
/// <c>..</c> segments are refused by the SDK before anything is sent, with messages that do not repeat secrets
/// or megabytes.
/// </summary>
public class HostileInputTests
{
    private static readonly string Giant = new('a', 5 * 1024 * 1024);

    [Fact]
    public async Task A_giant_site_name_is_refused_before_the_duplicate_name_search()
    {
        using var t = new TestClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => t.Client.Sites.FindByNameAsync(TestClient.OrgId, new string('n', 10_000), TestContext.Current.CancellationToken));

        Assert.Empty(t.Handler.Requests);
        Assert.Contains("10,000 characters", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SiteCreateOptions(new string('n', 257)));
        Assert.Throws<ArgumentException>(() => new SiteUpdateOptions { Name = Giant });
        Assert.Throws<ArgumentException>(() => new DeviceUpdateOptions { Notes = Giant });
        Assert.Throws<ArgumentException>(() => new SiteUpdateOptions().Set("name", System.Text.Json.Nodes.JsonValue.Create(Giant)));
        _ = new SiteCreateOptions(new string('n', 256));
    }

    [Fact]
    public async Task A_giant_path_or_query_value_is_refused_without_a_request_or_a_retry()
    {
        using var t = new TestClient();

        var path = Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Get, "sites/" + Giant));
        var query = Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Get, "self").AddQuery("name", Giant));
        var many = new MistRequest(HttpMethod.Get, "self");
        for (var i = 0; i < 10; i++)
        {
            many.AddQuery("q" + i, new string('x', 1000));
        }

        var url = await Assert.ThrowsAsync<ArgumentException>(() => t.Client.SendAsync(many, TestContext.Current.CancellationToken));

        Assert.Empty(t.Handler.Requests);
        Assert.True(path.Message.Length < 300, "the message repeats the path");
        Assert.Contains("the limit is 8,192", path.Message, StringComparison.Ordinal);
        Assert.Contains("the limit is 4,096", query.Message, StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/self", url.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("self/..%2f..%2fx")]
    [InlineData("self/%2e%2e/x")]
    [InlineData("self/%252e%252e/x")]
    [InlineData("self/..%5cx")]
    [InlineData("orgs/%2E%2E%2F%2E%2E/x")]
    public void Encoded_dot_dot_segments_are_decoded_before_the_check(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => new MistRequest(HttpMethod.Get, path));

        Assert.Contains("'..'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://admin:secret@api.mist.com/")]
    [InlineData("admin:secret@api.mist.com")]
    [InlineData("https://secret@127.0.0.1:9/")]
    [InlineData("secret@localhost")]
    [InlineData("http://admin:secret@10.0.0.1/")]
    public void Credentials_in_a_host_are_refused_without_being_repeated(string host)
    {
        Assert.False(MistCloud.TryParse(host, out _, out var error));

        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
        Assert.Contains("user name or password", error, StringComparison.Ordinal);
    }
}
