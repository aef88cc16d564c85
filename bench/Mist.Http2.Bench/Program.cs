using Mist.Http2.Bench;

// HTTP/1.1 against HTTP/2 for the SDK's concurrent pages, through a TLS front on 127.0.0.1 (see docs/network.md):
//   dotnet run -c Release --project bench/Mist.Http2.Bench -- [--runs 5] [--latencies 0,20,80] [--concurrency 4,16]
//     [--sites 5000] [--limit 100] [--handshake-rtts 0] [--out FILE]
// The same executable, started with `serve`, is the server child: the simulator behind a Kestrel TLS front.
if (args.Length > 0 && args[0] == "serve")
{
    return await TlsFront.ServeAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
}

return await Http2Bench.RunAsync(BenchOptions.Parse(args)).ConfigureAwait(false);
