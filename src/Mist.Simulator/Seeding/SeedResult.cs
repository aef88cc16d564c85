namespace Mist.Simulator.Seeding;

/// <summary>The seeded data set's summary and its tokens, stored with the state.</summary>
internal sealed record SeedResult(SeedSummary Summary, SeededTokens Tokens);
