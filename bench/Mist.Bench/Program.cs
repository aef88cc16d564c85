using BenchmarkDotNet.Running;
using Mist.Bench;

// Macro benchmarks of mist at org scale against the simulator with 50 ms (+ 0..10 ms) latency, from a fresh clone:
//   dotnet run -c Release --project bench/Mist.Bench -- [--runs 5] [--warmups 1] [--no-build] [--state FILE] [--out FILE]
//     [--latency-ms 50] [--jitter-ms 10]
//     [--devices 50000] (the org's devices, a multiple of 1,000) [--filter TEXT] (only scenarios whose "NAME (build)" contains it)
// Org export and apply (issue 18): an org of N sites with 5 configuration objects each, exported, applied to an empty org, applied again:
//   dotnet run -c Release --project bench/Mist.Bench -- org-config [--sites 1000] [--runs 1] [--latency-ms 50] [--routes] (where the requests went)
// JSON micro-benchmarks (BenchmarkDotNet, in process):
//   dotnet run -c Release --project bench/Mist.Bench -- json
if (args.Length > 0 && args[0] == "json")
{
    BenchmarkSwitcher.FromAssembly(typeof(JsonPageBenchmarks).Assembly).Run([.. args.Skip(1)], JsonPageBenchmarks.Config());
    return 0;
}

if (args.Length > 0 && args[0] == "org-config")
{
    return await OrgConfigBench.RunAsync(BenchOptions.Parse([.. args.Skip(1)])).ConfigureAwait(false);
}

var options = BenchOptions.Parse(args);
return await MacroBench.RunAsync(options).ConfigureAwait(false);
