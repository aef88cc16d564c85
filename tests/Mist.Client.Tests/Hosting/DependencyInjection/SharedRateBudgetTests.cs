using Microsoft.Extensions.DependencyInjection;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>
/// Mist counts calls per token per clock hour, so every client of one registration must count against one budget:
/// an app that creates a client per request or per scope must not get a fresh 5,000 calls each time.
/// </summary>
public class SharedRateBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clients_created_from_one_registration_spend_one_budget_until_the_clock_hour_turns()
    {
        var mist = new MistServices();
        mist.Services.AddMistClient("eu-prod", o =>
        {
            o.RateBudget.CallsPerHour = 2;
            o.Transport = mist.Handler;
        }).WithCredential(new MistCredential(TestClient.Token));
        using var provider = mist.Build();
        var factory = provider.GetRequiredService<IMistClientFactory>();

        await factory.CreateClient("eu-prod").Self.GetAsync(Ct);
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMistClientFactory>().CreateClient("eu-prod").Self.GetAsync(Ct);
        }

        var third = factory.CreateClient("eu-prod");
        Assert.Equal(2, Assert.Single(third.GetRateBudget()).Used);
        await Assert.ThrowsAsync<MistRateLimitException>(() => third.Self.GetAsync(Ct));
        Assert.Equal(2, mist.Handler.Requests.Count);

        // The budget runs on the container's TimeProvider: the next clock hour brings it back.
        mist.Time.Advance(TimeSpan.FromHours(1));
        await factory.CreateClient("eu-prod").Self.GetAsync(Ct);
        Assert.Equal(3, mist.Handler.Requests.Count);
    }

    [Fact]
    public async Task Two_registrations_have_separate_budgets()
    {
        var mist = new MistServices();
        foreach (var name in new[] { "a", "b" })
        {
            mist.Services.AddMistClient(name, o =>
            {
                o.RateBudget.CallsPerHour = 1;
                o.Transport = mist.Handler;
            }).WithCredential(new MistCredential(name == "a" ? TestClient.Token : TestClient.SecondToken));
        }

        using var provider = mist.Build();
        var factory = provider.GetRequiredService<IMistClientFactory>();

        await factory.CreateClient("a").Self.GetAsync(Ct);
        await factory.CreateClient("b").Self.GetAsync(Ct);

        Assert.Equal(2, mist.Handler.Requests.Count);
    }
}
