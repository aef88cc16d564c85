namespace Mist.Tests;

public class MistCloudTests
{
    [Theory]
    [InlineData("global01", "https://api.mist.com/")]
    [InlineData("GLOBAL01", "https://api.mist.com/")]
    [InlineData("global", "https://api.mist.com/")]
    [InlineData("us", "https://api.mist.com/")]
    [InlineData("global02", "https://api.gc1.mist.com/")]
    [InlineData("global03", "https://api.ac2.mist.com/")]
    [InlineData("global04", "https://api.gc2.mist.com/")]
    [InlineData("global05", "https://api.gc4.mist.com/")]
    [InlineData("eu", "https://api.eu.mist.com/")]
    [InlineData("emea01", "https://api.eu.mist.com/")]
    [InlineData("emea02", "https://api.gc3.mist.com/")]
    [InlineData("emea03", "https://api.ac6.mist.com/")]
    [InlineData("emea04", "https://api.gc6.mist.com/")]
    [InlineData("apac", "https://api.ac5.mist.com/")]
    [InlineData("apac01", "https://api.ac5.mist.com/")]
    [InlineData("apac02", "https://api.gc5.mist.com/")]
    [InlineData("apac03", "https://api.gc7.mist.com/")]
    [InlineData("api.eu.mist.com", "https://api.eu.mist.com/")]
    [InlineData("manage.eu.mist.com", "https://api.eu.mist.com/")]
    [InlineData("https://api.gc1.mist.com", "https://api.gc1.mist.com/")]
    [InlineData("https://api.gc1.mist.com/api/v1/", "https://api.gc1.mist.com/")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5000/", "http://localhost:5000/")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000/")]
    [InlineData("https://mist.internal.example/proxy/", "https://mist.internal.example/proxy/")]
    public void Names_hosts_and_urls_resolve_to_a_base_address(string value, string expected) =>
        Assert.Equal(new Uri(expected), MistCloud.Parse(value).BaseAddress);

    [Fact]
    public void The_twelve_clouds_of_the_spec_are_known()
    {
        Assert.Equal(12, MistCloud.Known.Count);
        Assert.Equal(12, MistCloud.Known.Select(c => c.Host).Distinct().Count());
        Assert.All(MistCloud.Known, c => Assert.True(c.IsKnownCloud));
        Assert.Equal("Mist EMEA 01", MistCloud.Parse("eu").DisplayName);
        Assert.Equal("emea01", MistCloud.Parse("api.eu.mist.com").ToString());
        Assert.False(MistCloud.Parse("http://127.0.0.1:1").IsKnownCloud);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("mars01", "Unknown Mist cloud 'mars01'")]
    [InlineData("http://api.mist.com", "Refusing http://")]
    [InlineData("http://10.0.0.5:8080", "Refusing http://")]
    [InlineData("ftp://api.mist.com", "Unsupported scheme")]
    [InlineData("https://user:pw@api.mist.com", "user name or password")]
    [InlineData("https://api.mist.com/?x=1", "must not carry")]
    public void Bad_hosts_are_refused_with_a_reason(string value, string reason)
    {
        Assert.False(MistCloud.TryParse(value, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MistCloud.Parse(value));
    }

    [Fact]
    public void Default_cloud_is_global01() => Assert.Equal(MistCloud.Global01, new MistClientOptions().Cloud);
}
