using Microsoft.Extensions.DependencyInjection;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>services.AddMistClient(...): default and named clients, configuration binding, credentials.</summary>
public class AddMistClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_unnamed_client_resolves_as_MistClient_from_a_configuration_section()
    {
        var mist = new MistServices();
        var configuration = MistServices.Configuration(("Mist:Cloud", "eu"), ("Mist:Token", TestClient.Token), ("Mist:RateBudget:CallsPerHour", "7"));
        mist.Services.AddMistClient(configuration.GetSection("Mist")).ConfigureOptions(o => o.Transport = mist.Handler);
        using var provider = mist.Build();

        var client = provider.GetRequiredService<MistClient>();
        await client.Self.GetAsync(Ct);

        Assert.Same(client, provider.GetRequiredService<MistClient>());
        Assert.Equal(MistCloud.Parse("eu"), client.Cloud);
        Assert.Equal("api.eu.mist.com", mist.Handler.SingleRequest.Uri.Host);
        Assert.Equal("Token " + TestClient.Token, mist.Handler.SingleRequest.Header("Authorization"));
        Assert.Equal(7, Assert.Single(client.GetRateBudget()).Limit);
    }

    [Fact]
    public async Task Named_clients_each_have_their_own_cloud_and_token()
    {
        var mist = new MistServices();
        var configuration = MistServices.Configuration(
            ("Eu:Cloud", "eu"), ("Eu:Token", TestClient.Token),
            ("Us:Cloud", "global03"), ("Us:Token", TestClient.SecondToken));
        mist.Services.AddMistClient("eu-prod", configuration.GetSection("Eu")).ConfigureOptions(o => o.Transport = mist.Handler);
        mist.Services.AddMistClient("us-prod", configuration.GetSection("Us")).ConfigureOptions(o => o.Transport = mist.Handler);
        using var provider = mist.Build();
        var factory = provider.GetRequiredService<IMistClientFactory>();

        await factory.CreateClient("eu-prod").Self.GetAsync(Ct);
        await factory.CreateClient("us-prod").Self.GetAsync(Ct);

        Assert.Equal(
            [("api.eu.mist.com", "Token " + TestClient.Token), ("api.ac2.mist.com", "Token " + TestClient.SecondToken)],
            mist.Handler.Requests.Select(r => (r.Uri.Host, r.Header("Authorization"))));
        // Only the unnamed registration is resolvable as MistClient: a named one would be an ambiguous default.
        Assert.Null(provider.GetService<MistClient>());
    }

    [Fact]
    public void A_Tokens_list_in_configuration_is_a_pool()
    {
        var configuration = MistServices.Configuration(("Mist:Tokens:0", TestClient.Token), ("Mist:Tokens:1", TestClient.SecondToken));
        var services = new ServiceCollection();
        services.AddMistClient(configuration.GetSection("Mist"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(2, provider.GetRequiredService<MistClient>().GetRateBudget().Count);
    }

    [Fact]
    public async Task Options_in_code_run_after_configuration_and_a_credential_in_code_wins_over_one_in_configuration()
    {
        var mist = new MistServices();
        var configuration = MistServices.Configuration(("Mist:Cloud", "eu"), ("Mist:Token", TestClient.Token));
        mist.Services.AddMistClient(configuration.GetSection("Mist"))
            .WithCredential(_ => new MistCredential(TestClient.SecondToken));
        mist.Services.AddMistClient(o =>
        {
            o.Cloud = MistCloud.Apac01;
            o.Transport = mist.Handler;
        });
        using var provider = mist.Build();

        await provider.GetRequiredService<MistClient>().Self.GetAsync(Ct);

        Assert.Equal("api.ac5.mist.com", mist.Handler.SingleRequest.Uri.Host);
        Assert.Equal("Token " + TestClient.SecondToken, mist.Handler.SingleRequest.Header("Authorization"));
    }

    [Fact]
    public void An_unknown_name_fails_naming_it_and_what_is_registered()
    {
        var services = new ServiceCollection();
        services.AddMistClient("eu-prod", o => { }).WithCredential(new MistCredential(TestClient.Token));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMistClientFactory>().CreateClient("eu-prdo"));

        Assert.Contains("'eu-prdo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'eu-prod'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_without_a_credential_fails_naming_the_setting_to_add()
    {
        var services = new ServiceCollection();
        services.AddMistClient(MistServices.Configuration(("Mist:Cloud", "eu")).GetSection("Mist"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<MistClient>());

        Assert.Contains("'Mist:Token'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_fail_when_the_client_is_created_and_say_which_registration()
    {
        var services = new ServiceCollection();
        services.AddMistClient("eu-prod", o => o.Timeout = TimeSpan.Zero).WithCredential(new MistCredential(TestClient.Token));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMistClientFactory>().CreateClient("eu-prod"));

        Assert.Contains("'eu-prod'", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException);
    }
}
