using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>A service collection with a fake clock registered as the app's <see cref="TimeProvider"/> and a fake transport.</summary>
internal sealed class MistServices
{
    public const string SelfJson = """{"email":"ops@example.com","privileges":[]}""";

    public MistServices()
    {
        Handler.Clock = Time;
        Handler.On("GET", "/api/v1/self", System.Net.HttpStatusCode.OK, SelfJson);
        Services.AddSingleton<TimeProvider>(Time);
    }

    public ServiceCollection Services { get; } = new();

    // On the hour, so that one clock hour of budget is easy to step over.
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));

    public FakeMistHandler Handler { get; } = new();

    public static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    /// <summary>Builds the provider the way a host does, checking scopes, so a singleton holding a scoped service fails.</summary>
    public ServiceProvider Build() => Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
}
