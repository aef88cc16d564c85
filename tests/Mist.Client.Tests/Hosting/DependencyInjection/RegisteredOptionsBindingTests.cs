using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>
/// AddMistClient binds with the configuration binder's source generator (AOT-clean), not the reflection binder that
/// <see cref="ConfigurationBindingTests"/> covers: the same JSON must give the same options.
/// </summary>
public class RegisteredOptionsBindingTests
{
    private static MistClientOptions OptionsOf(IServiceCollection services, string name = "")
    {
        using var provider = services.BuildServiceProvider();
        var registration = provider.GetServices<MistClientRegistration>().Single(r => r.Name == name);
        return registration.CreateOptions(provider);
    }

    [Fact]
    public void The_settings_the_reflection_binder_binds_bind_the_same_through_AddMistClient()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "Mist": {
                "Cloud": "eu",
                "MaxConcurrentPages": 8,
                "AttemptTimeout": "00:00:10",
                "Retry": { "MaxRetries": 5, "Delay": "00:00:01.5" },
                "RateBudget": { "MaxWait": "00:05:00", "CallsPerHour": 100 },
                "Diagnostics": { "LoggedQueryParameters": [ "limit", "page" ] },
                "ApplicationId": "inventory-sync/2.1"
              }
            }
            """))).Build();
        var services = new ServiceCollection();
        services.AddMistClient(configuration.GetSection("Mist"));

        var options = OptionsOf(services);

        Assert.Equal("api.eu.mist.com", options.Cloud.Host);
        Assert.Equal(8, options.MaxConcurrentPages);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RateBudget.MaxWait);
        Assert.Equal(100, options.RateBudget.CallsPerHour);
        Assert.Contains("page", options.Diagnostics.LoggedQueryParameters);
        Assert.Equal("inventory-sync/2.1", options.ApplicationId);
    }

    [Fact]
    public void An_unknown_cloud_fails_naming_its_key_instead_of_silently_staying_global01()
    {
        var services = new ServiceCollection();
        services.AddMistClient("eu-prod", MistServices.Configuration(("Eu:Cloud", "mars01")).GetSection("Eu"));

        var error = Assert.Throws<InvalidOperationException>(() => OptionsOf(services, "eu-prod"));

        Assert.Contains("'Eu:Cloud'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mars01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_containers_logger_factory_and_clock_are_used_unless_code_sets_them()
    {
        var mist = new MistServices();
        mist.Services.AddLogging();
        mist.Services.AddMistClient(o => { });
        mist.Services.AddMistClient("own-clock", o => o.TimeProvider = TimeProvider.System);

        Assert.Same(mist.Time, OptionsOf(mist.Services).TimeProvider);
        Assert.IsNotType<NullLoggerFactory>(OptionsOf(mist.Services).LoggerFactory);
        Assert.IsAssignableFrom<ILoggerFactory>(OptionsOf(mist.Services).LoggerFactory);
        Assert.Same(TimeProvider.System, OptionsOf(mist.Services, "own-clock").TimeProvider);
    }
}
