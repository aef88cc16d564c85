namespace Mist.Simulator.Faults;

/// <summary>What happens to one request: an added delay, then at most one of reset / 5xx / 429, and maybe a slow body.</summary>
internal readonly record struct FaultDecision(TimeSpan Delay, FaultKind Kind, int Status, bool SlowBody);
