namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>The outcome of a bulk run: one slot per item, in input order, and whether it stopped early.</summary>
/// <param name="Slots">Each item's outcome.</param>
/// <param name="Cancelled">Ctrl-C stopped the run.</param>
/// <param name="StopReason">Why items were left unstarted without Ctrl-C (the rate budget spent, the token refused).</param>
internal sealed record BulkRun<T>(IReadOnlyList<BulkSlot<T>> Slots, bool Cancelled, string? StopReason);
