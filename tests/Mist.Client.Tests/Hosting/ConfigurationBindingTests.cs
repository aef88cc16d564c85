using System.Text;
using Microsoft.Extensions.Configuration;

namespace Mist.Tests.Hosting;

/// <summary><see cref="MistClientOptions"/> binds from an application's configuration (appsettings.json, environment, ...).</summary>
public class ConfigurationBindingTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void Cloud_and_the_numeric_and_time_settings_bind_from_json()
    {
        var configuration = Json("""
            {
              "Mist": {
                "Cloud": "eu",
                "MaxConcurrentPages": 8,
                "AttemptTimeout": "00:00:10",
                "Retry": { "MaxRetries": 5, "Delay": "00:00:01.5" },
                "RateBudget": { "MaxWait": "00:05:00" },
                "Diagnostics": { "LoggedQueryParameters": [ "limit", "page" ] },
                "ApplicationId": "inventory-sync/2.1"
              }
            }
            """);

        var options = configuration.GetSection("Mist").Get<MistClientOptions>()!;

        Assert.Equal(MistCloud.Parse("emea01"), options.Cloud);
        Assert.Equal("api.eu.mist.com", options.Cloud.Host);
        Assert.Equal(8, options.MaxConcurrentPages);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RateBudget.MaxWait);
        Assert.Contains("page", options.Diagnostics.LoggedQueryParameters);
        Assert.Equal("inventory-sync/2.1", options.ApplicationId);
    }

    [Theory]
    [InlineData("global04", "api.gc2.mist.com")]
    [InlineData("api.ac2.mist.com", "api.ac2.mist.com")]
    [InlineData("http://127.0.0.1:5000", "127.0.0.1")]
    public void Cloud_binds_from_a_name_a_host_or_a_url(string value, string host)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Mist:Cloud", value)]).Build();

        var options = configuration.GetSection("Mist").Get<MistClientOptions>()!;

        Assert.Equal(host, options.Cloud.Host);
    }

    [Fact]
    public void An_unknown_cloud_fails_the_binding_instead_of_silently_staying_global01()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Mist:Cloud", "mars01")]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => configuration.GetSection("Mist").Get<MistClientOptions>());

        Assert.Contains("mars01", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_onto_existing_options_keeps_what_configuration_does_not_name()
    {
        var options = new MistClientOptions { ApplicationId = "kept" };

        new ConfigurationBuilder().AddInMemoryCollection([new("Mist:Cloud", "apac01")]).Build().GetSection("Mist").Bind(options);

        Assert.Equal(MistCloud.Apac01, options.Cloud);
        Assert.Equal("kept", options.ApplicationId);
    }
}
