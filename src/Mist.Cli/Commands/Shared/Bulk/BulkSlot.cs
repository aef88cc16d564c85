namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>One item's outcome: its state, the work's result when done, and the reason otherwise.</summary>
internal sealed record BulkSlot<T>(BulkState State, T? Result, string? Reason)
{
    /// <summary>The <c>result</c> column for an item that did not finish: failed, interrupted or not_started.</summary>
    public string ResultName => State switch
    {
        BulkState.Failed => "failed",
        BulkState.Interrupted => "interrupted",
        BulkState.NotStarted => "not_started",
        _ => "done",
    };
}
