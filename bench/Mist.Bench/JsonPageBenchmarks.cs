using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Mist.Bench;

/// <summary>
/// Reading one 1,000-device inventory page (as the simulator serves it) the ways the SDK and CLI can: typed with
/// source-generated metadata from the buffered bytes (what the SDK does), typed as a stream of items, and as a
/// JsonDocument (what <c>mist api --paginate</c> gets).
/// </summary>
[MemoryDiagnoser]
public class JsonPageBenchmarks
{
    private byte[] _page = [];

    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    [GlobalSetup]
    public void Setup() => _page = Encoding.UTF8.GetBytes(InventoryPage.Json(1000));

    [Benchmark(Baseline = true)]
    public int TypedFromBytes() => JsonSerializer.Deserialize(_page, MistJsonContext.Default.ListInventoryItem)!.Count;

    [Benchmark]
    public async Task<int> TypedAsyncEnumerable()
    {
        using var stream = new MemoryStream(_page, writable: false);
        var count = 0;
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable(stream, MistJsonContext.Default.InventoryItem).ConfigureAwait(false))
        {
            count += item is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark]
    public int Document()
    {
        using var document = JsonDocument.Parse(_page);
        return document.RootElement.GetArrayLength();
    }

    [Benchmark]
    public int TypedThenNdjson()
    {
        var items = JsonSerializer.Deserialize(_page, MistJsonContext.Default.ListInventoryItem)!;
        var bytes = 0;
        foreach (var item in items)
        {
            bytes += JsonSerializer.SerializeToUtf8Bytes(item, MistJsonContext.Default.InventoryItem).Length + 1;
        }

        return bytes;
    }
}
