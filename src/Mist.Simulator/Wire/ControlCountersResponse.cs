namespace Mist.Simulator.Wire;

/// <summary>Body of <c>GET /__sim/counters</c>.</summary>
internal sealed record ControlCountersResponse(long Total, long Writes, IReadOnlyDictionary<string, long> Routes);
