using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mist.Cli.Tests.Hostile;

/// <summary>
/// A hostile Mist on 127.0.0.1: an in-process Kestrel that answers every request with one function,
/// counting the requests, so a test can run the real <c>mist</c> against it and assert how many were sent.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    public const string Token = "tok_hostile_test_0000";
    private readonly WebApplication _app;
    private readonly string _home = Path.Combine(Path.GetTempPath(), "mist-hostile-tests", Guid.NewGuid().ToString("N"));
    private int _requests;

    private HostileServer(WebApplication app) => _app = app;

    public static Guid OrgId { get; } = Guid.Parse("6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f");

    public int Requests => Volatile.Read(ref _requests);

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<HostileServer> StartAsync(Func<HttpContext, int, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new HostileServer(app);
        app.Run(context => respond(context, Interlocked.Increment(ref server._requests)));
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.BaseAddress = new Uri(app.Urls.First());
        return server;
    }

    /// <summary>Runs <c>mist args...</c> against this server (not a TTY), with its own config and state folders.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MIST_HOST"] = BaseAddress.ToString(),
            ["MIST_API_TOKEN"] = Token,
            ["MIST_CONFIG_DIR"] = Path.Combine(_home, "config"),
            ["MIST_STATE_DIR"] = Path.Combine(_home, "state"),
        };
        var console = new TestConsole(false, environment);
        var code = await MistCli.RunAsync(args, new CliApp(console, TimeProvider.System), TestContext.Current.CancellationToken);
        return new CliResult(code, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }
}
