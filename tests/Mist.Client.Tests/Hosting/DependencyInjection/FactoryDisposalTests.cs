using Microsoft.Extensions.DependencyInjection;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>The factory owns what its clients share; a client it created may be disposed without harming the others.</summary>
public class FactoryDisposalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Disposing_one_client_leaves_the_others_of_its_name_working()
    {
        var mist = new MistServices();
        mist.Services.AddMistClient("eu-prod", o => o.Transport = mist.Handler).WithCredential(new MistCredential(TestClient.Token));
        using var provider = mist.Build();
        var factory = provider.GetRequiredService<IMistClientFactory>();

        using (var first = factory.CreateClient("eu-prod"))
        {
            await first.Self.GetAsync(Ct);
        }

        await factory.CreateClient("eu-prod").Self.GetAsync(Ct);

        Assert.Equal(2, mist.Handler.Requests.Count);
    }

    [Fact]
    public async Task Disposing_the_provider_releases_the_shared_pipeline_but_not_a_handler_the_app_supplied()
    {
        var mist = new MistServices();
        var handler = new DisposalTrackingHandler(mist.Handler);
        mist.Services.AddMistClient(o => o.Transport = handler).WithCredential(new MistCredential(TestClient.Token));
        var provider = mist.Build();
        var client = provider.GetRequiredService<MistClient>();
        var factory = provider.GetRequiredService<IMistClientFactory>();
        await client.Self.GetAsync(Ct);

        provider.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Self.GetAsync(Ct));
        Assert.Throws<ObjectDisposedException>(() => factory.CreateClient(MistClientBuilder.DefaultName));
        Assert.False(handler.Disposed);
    }
}
