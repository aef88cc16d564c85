using Mist.Simulator;

namespace Mist.IntegrationTests;

/// <summary>A simulator on 127.0.0.1 (its own port and state per test) and SDK clients pointed at it.</summary>
public sealed class SimulatorScope : IAsyncDisposable
{
    private readonly List<MistClient> _clients = [];

    private SimulatorScope(MistSimulator simulator) => Simulator = simulator;

    public MistSimulator Simulator { get; }

    public SeedSummary Seed => Simulator.Seed;

    public Guid OrgId => Guid.Parse(Seed.PrimaryOrgId);

    /// <summary>A client with the org admin's token.</summary>
    public MistClient Admin => Client(Simulator.Tokens.Admin);

    public static async Task<SimulatorScope> StartAsync(Action<MistSimulatorOptions>? configure = null)
    {
        var options = new MistSimulatorOptions();
        configure?.Invoke(options);
        return new SimulatorScope(await MistSimulator.StartAsync(options, TestContext.Current.CancellationToken));
    }

    public MistClient Client(string token, Action<MistClientOptions>? configure = null)
    {
        var options = new MistClientOptions { Cloud = MistCloud.FromUri(Simulator.BaseAddress) };
        configure?.Invoke(options);
        var client = new MistClient(new MistCredential(token), options);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Simulator.DisposeAsync();
    }
}
