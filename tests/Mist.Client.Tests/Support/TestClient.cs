using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Mist.Tests.Support;

/// <summary>A client wired to a fake transport and a fake clock; nothing touches the network or sleeps.</summary>
public sealed class TestClient : IDisposable
{
    public const string Token = "tok_AAAA1111secretBBBB2222";
    public const string SecondToken = "tok_CCCC3333secretDDDD4444";

    public TestClient(Action<MistClientOptions>? configure = null, string? credential = null, ILoggerFactory? loggerFactory = null)
    {
        // A Thursday afternoon, so that clock-hour windows are easy to reason about.
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));
        Handler.Clock = Time;
        var options = new MistClientOptions
        {
            Cloud = MistCloud.Global01,
            Transport = Handler,
            TimeProvider = Time,
        };
        if (loggerFactory is not null)
        {
            options.LoggerFactory = loggerFactory;
        }

        configure?.Invoke(options);
        Client = new MistClient(new MistCredential(credential ?? Token), options);
    }

    public FakeMistHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; }

    public MistClient Client { get; }

    public static Guid OrgId { get; } = Guid.Parse("6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f");

    public static Guid SiteId { get; } = Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f0862b");

    public static Guid DeviceId { get; } = Guid.Parse("00000000-0000-0000-1000-5c5b35000018");

    /// <summary>Runs <paramref name="operation"/>, moving the fake clock forward whenever the client waits.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, TimeSpan? step = null)
    {
        var task = operation();
        await DriveAsync(task, step ?? TimeSpan.FromMilliseconds(100));
        return await task;
    }

    public async Task RunAsync(Func<Task> operation, TimeSpan? step = null)
    {
        var task = operation();
        await DriveAsync(task, step ?? TimeSpan.FromMilliseconds(100));
        await task;
    }

    /// <summary>Yields until <paramref name="condition"/> holds, without sleeping; fails after many yields.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true.");
            }

            await Task.Yield();
        }
    }

    public void Dispose() => Client.Dispose();

    private async Task DriveAsync(Task task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The operation did not complete.");
            }

            await Task.Yield();
            if (!task.IsCompleted)
            {
                Time.Advance(step);
            }
        }
    }
}
