using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>A token read from configuration is sent, and shown nowhere else: not in logs, ToString or errors.</summary>
public class ConfiguredTokenSecrecyTests
{
    [Fact]
    public async Task The_containers_logger_gets_the_traces_and_they_never_hold_the_configured_token()
    {
        var mist = new MistServices();
        var collector = new FakeLogCollector();
        mist.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var configuration = MistServices.Configuration(("Mist:Token", TestClient.Token + "," + TestClient.SecondToken));
        mist.Services.AddMistClient(configuration.GetSection("Mist")).ConfigureOptions(o => o.Transport = mist.Handler);
        using var provider = mist.Build();
        var client = provider.GetRequiredService<MistClient>();

        await client.Self.GetAsync(TestContext.Current.CancellationToken);

        var logs = string.Join("\n", collector.GetSnapshot().Select(r => r.Message));
        Assert.Contains("Authorization: REDACTED", logs, StringComparison.Ordinal);
        Assert.Equal("Token " + TestClient.Token, mist.Handler.SingleRequest.Header("Authorization"));
        var shown = string.Join("\n", logs, client, provider.GetRequiredService<IMistClientFactory>(), string.Join(",", client.GetRateBudget()));
        Assert.DoesNotContain("secret", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_configured_token_is_described_without_being_repeated()
    {
        const string Broken = "tok_secret with a space";
        var services = new ServiceCollection();
        services.AddMistClient("eu-prod", MistServices.Configuration(("Eu:Token", Broken)).GetSection("Eu"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMistClientFactory>().CreateClient("eu-prod"));

        Assert.Contains("'Eu:Token'", error.Message, StringComparison.Ordinal);
        Assert.Contains("whitespace", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
    }
}
