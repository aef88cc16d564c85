namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>What became of one item of a bulk run.</summary>
internal enum BulkState
{
    /// <summary>Never started: the run was interrupted or stopped first.</summary>
    NotStarted,

    /// <summary>The work ran to its end (its result may still report per-item failures).</summary>
    Done,

    /// <summary>The work failed; the reason says why.</summary>
    Failed,

    /// <summary>Started, then cut off after Ctrl-C once the grace period was over: its outcome is unknown.</summary>
    Interrupted,
}
