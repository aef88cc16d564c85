using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Mist.Simulator.Hosting;

namespace Mist.Simulator;

/// <summary>
/// An offline Mist cloud on 127.0.0.1: the same paths, status codes, bodies, paging, auth and rate limits as
/// <c>api.mist.com/api/v1</c>, over a seeded data set, with fault injection and request counters.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await MistSimulator.StartAsync();
/// using var http = new HttpClient { BaseAddress = sim.BaseAddress };
/// http.DefaultRequestHeaders.Authorization = new("Token", sim.Tokens.Admin);
/// var self = await http.GetStringAsync("api/v1/self");
/// </code>
/// </example>
public sealed class MistSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorRuntime _runtime;

    private MistSimulator(WebApplication app, SimulatorRuntime runtime, Uri baseAddress)
    {
        _app = app;
        _runtime = runtime;
        BaseAddress = baseAddress;
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:41234/</c>; API paths start with <c>api/v1/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The seeded API tokens.</summary>
    public SeededTokens Tokens => _runtime.Tokens;

    /// <summary>The state and its stores, for the benchmark's timings of store calls without HTTP.</summary>
    internal SimulatorRuntime Runtime => _runtime;

    /// <summary>What the seed created.</summary>
    public SeedSummary Seed => _runtime.Summary;

    /// <summary>Requests received under <c>/api/v1</c>.</summary>
    public RequestCounters Counters => _runtime.Counters;

    /// <summary>The faults in force.</summary>
    public FaultOptions Faults => _runtime.Faults.Options;

    /// <summary>The secret the <c>/__sim/</c> endpoints require over HTTP, if one was set (<see cref="MistSimulatorOptions.ControlSecret"/>).</summary>
    public string? ControlSecret => _runtime.Options.ControlSecret;

    /// <summary>Seeds (or opens) the state and starts serving on 127.0.0.1.</summary>
    public static async Task<MistSimulator> StartAsync(MistSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MistSimulatorOptions();
        options.Validate();
        var runtime = new SimulatorRuntime(options);
        WebApplication? app = null;
        try
        {
            app = SimulatorApp.Build(runtime);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new MistSimulator(app, runtime, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            runtime.Dispose();
            throw;
        }
    }

    /// <summary>The sites and devices in the state now (every org), which differ from <see cref="Seed"/> once anything was written.</summary>
    public (long Sites, long Devices) CountState() => _runtime.Database.Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM sites), (SELECT COUNT(*) FROM devices)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    });

    /// <summary>Every org, site and device in the state now, with the claim codes still claimable (see <see cref="SimulatorState"/>).</summary>
    public SimulatorState ReadState() => _runtime.Database.Read(c =>
    {
        var orgs = new List<SeededOrg>();
        using (var command = c.CreateCommand())
        {
            command.CommandText = """
                SELECT o.id, COALESCE(json_extract(o.data, '$.name'), ''),
                       (SELECT COUNT(*) FROM sites s WHERE s.org_id = o.id), (SELECT COUNT(*) FROM devices d WHERE d.org_id = o.id)
                FROM orgs o ORDER BY o.rowid
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                orgs.Add(new SeededOrg(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        var sites = new List<SeededSite>();
        using (var command = c.CreateCommand())
        {
            command.CommandText = "SELECT id, org_id, name FROM sites ORDER BY org_id, name, id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                sites.Add(new SeededSite(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var devices = new List<SeededDevice>();
        using (var command = c.CreateCommand())
        {
            command.CommandText = "SELECT id, mac, serial, COALESCE(name, ''), type, model, COALESCE(org_id, ''), site_id, magic FROM devices ORDER BY mac";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                devices.Add(new SeededDevice(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8)));
            }
        }

        return new SimulatorState(orgs, sites, devices);
    });

    /// <summary>Changes the injected faults; the fault sequence starts again from <see cref="FaultOptions.Seed"/>.</summary>
    public void SetFaults(FaultOptions faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        _runtime.Faults.Set(faults);
    }

    /// <summary>Puts the state back to the seeded data set (same seed number) and clears the hourly usage.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _runtime.Reseed(null);
        return Task.CompletedTask;
    }

    /// <summary>Replaces the state with the data set of another seed number.</summary>
    public Task ReseedAsync(int seed, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _runtime.Reseed(seed);
        return Task.CompletedTask;
    }

    internal IServiceProvider Services => _app.Services;

    /// <summary>Stops the server and releases its state (an in-memory state is gone; a state file stays on disk).</summary>
    public async ValueTask DisposeAsync()
    {
        _runtime.StopSeeding();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _runtime.Dispose();
    }
}
