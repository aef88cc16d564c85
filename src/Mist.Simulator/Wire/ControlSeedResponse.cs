namespace Mist.Simulator.Wire;

/// <summary>Body of <c>GET /__sim/seed</c>: the seeded data and its tokens.</summary>
internal sealed record ControlSeedResponse(SeedSummary Summary, SeededTokens Tokens);
