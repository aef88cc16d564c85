namespace Mist.Tests.Network;

/// <summary>A Linux machine without libssl: the first https call fails with what to install, instead of .NET aborting the process.</summary>
public class NativeTlsTests
{
    [Fact]
    public void Without_any_libssl_the_probe_names_what_it_looked_for_and_what_to_install()
    {
        var tried = new List<string>();
        var missing = NativeTls.Probe(name => { tried.Add(name); return false; });

        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(missing);
            return;
        }

        Assert.NotNull(missing);
        Assert.Contains("libssl.so.3", tried);
        Assert.Contains("libssl.so.1.1", tried);
        Assert.Contains("libssl.so.3, libssl.so.1.1", missing, StringComparison.Ordinal);
        Assert.Contains("apt-get install libssl3 ca-certificates", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void With_libssl_3_the_probe_is_satisfied() =>
        Assert.Null(NativeTls.Probe(name => name == "libssl.so.3"));

    [Fact]
    public void This_machine_has_a_usable_libssl() => Assert.Null(NativeTls.Missing);

    [Fact]
    public async Task An_https_call_on_a_machine_without_libssl_fails_before_sending_and_says_what_to_install()
    {
        using var t = new TestClient(o => o.NativeTlsProbe = () => NativeTls.Probe(_ => false) ?? "no libssl (simulated)");

        var error = await Assert.ThrowsAsync<MistConnectionException>(() => t.Client.Self.GetAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("GET /api/v1/self was not sent: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(t.Handler.Requests);
    }

    [Fact]
    public async Task A_plain_http_loopback_endpoint_needs_no_libssl()
    {
        using var t = new TestClient(o =>
        {
            o.Cloud = MistCloud.FromUri(new Uri("http://127.0.0.1:5000"));
            o.NativeTlsProbe = () => "no libssl (simulated)";
        });
        t.Handler.Enqueue(System.Net.HttpStatusCode.OK, """{"email":"ops@example.com","privileges":[]}""");

        var self = await t.Client.Self.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal("ops@example.com", self.Email);
    }
}
