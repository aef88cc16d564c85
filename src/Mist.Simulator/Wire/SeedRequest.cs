namespace Mist.Simulator.Wire;

/// <summary>Body of <c>POST /__sim/seed</c>: reseed with another seed number (absent: the current one).</summary>
internal sealed record SeedRequest(int? Seed);
