using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Mist.Simulator;

namespace Mist.Http2.Bench;

/// <summary>
/// The server child: the simulator (plain HTTP on loopback) behind a Kestrel TLS front on 127.0.0.1 that speaks
/// HTTP/1.1 and HTTP/2 by ALPN, as a cloud's front does. It counts the connections it accepts and the requests per
/// protocol, and takes commands on stdin (one per line, each answered with one line on stdout):
/// <c>latency MS</c>, <c>handshake MS</c>, <c>reset</c>, <c>stats</c> (answers "connections http1 http2").
/// It runs in its own process so that the client's CPU time is the benchmark process's alone.
/// </summary>
internal static class TlsFront
{
    // Headers of one hop only: never forwarded either way (HTTP/2 forbids them outright).
    private static readonly HashSet<string> s_hopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Host",
    };

    private static long s_connections;
    private static long s_http1;
    private static long s_http2;
    private static int s_handshakeMs;

    public static async Task<int> ServeAsync(int sites)
    {
        await using var simulator = await MistSimulator.StartAsync(new MistSimulatorOptions
        {
            Seeding = new SeedOptions { Orgs = 1, SitesPerOrg = sites, DevicesPerSite = 0, UnassignedDevicesPerOrg = 0, UnclaimedDevices = 0 },
            // Every run lists all the sites again: the benchmark measures transport, not the hourly limit.
            RateLimitPerHour = int.MaxValue,
        }).ConfigureAwait(false);

        using var certificate = SelfSignedCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;

            // Before UseHttps, so it sees every accepted TCP connection, and can hold back its handshake.
            listen.Use(next => async connection =>
            {
                Interlocked.Increment(ref s_connections);
                if (Volatile.Read(ref s_handshakeMs) is > 0 and var delay)
                {
                    await Task.Delay(delay).ConfigureAwait(false);
                }

                await next(connection).ConfigureAwait(false);
            });
            listen.UseHttps(certificate);
        }));

        await using var app = builder.Build();

        // The forwarding hop is plain HTTP/1.1 on loopback with as many connections as needed, the same for both
        // protocols the client may speak; bodies pass through as they are (compressed or not).
        using var backend = new HttpMessageInvoker(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
        });
        app.Run(context => ForwardAsync(context, backend, simulator.BaseAddress));
        await app.StartAsync().ConfigureAwait(false);

        var port = new Uri(app.Urls.First()).Port;
        Console.WriteLine($"ready {port} {SelfSignedCertificate.Pin(certificate)} {simulator.Seed.PrimaryOrgId} {simulator.Tokens.Admin}");
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var words = line.Split(' ');
            switch (words[0])
            {
                case "latency":
                    simulator.SetFaults(new FaultOptions { LatencyMs = int.Parse(words[1], CultureInfo.InvariantCulture) });
                    break;
                case "handshake":
                    Volatile.Write(ref s_handshakeMs, int.Parse(words[1], CultureInfo.InvariantCulture));
                    break;
                case "reset":
                    Interlocked.Exchange(ref s_connections, 0);
                    Interlocked.Exchange(ref s_http1, 0);
                    Interlocked.Exchange(ref s_http2, 0);
                    break;
                case "stats":
                    Console.WriteLine($"{Interlocked.Read(ref s_connections)} {Interlocked.Read(ref s_http1)} {Interlocked.Read(ref s_http2)}");
                    continue;
                default:
                    Console.WriteLine($"unknown command {words[0]}");
                    continue;
            }

            Console.WriteLine("ok");
        }

        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task ForwardAsync(HttpContext context, HttpMessageInvoker backend, Uri simulator)
    {
        Interlocked.Increment(ref context.Request.Protocol == HttpProtocol.Http2 ? ref s_http2 : ref s_http1);
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(simulator, incoming.Path.Value + incoming.QueryString.Value));
        if (incoming.ContentLength > 0 || incoming.Headers.ContainsKey("Transfer-Encoding"))
        {
            request.Content = new StreamContent(incoming.Body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (name.StartsWith(':') || s_hopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await backend.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!s_hopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
