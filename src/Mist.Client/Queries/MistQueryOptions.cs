namespace Mist.Queries;

/// <summary>
/// The query parameters of one search or count operation, typed: times as <see cref="DateTimeOffset"/> (sent as epoch
/// seconds), durations as <see cref="TimeSpan"/> (sent as Mist's <c>30m</c>, <c>2h</c>, <c>1d</c>, <c>2w</c>), lists
/// comma-separated. Unset properties are not sent. The generated options classes derive from it.
/// </summary>
public abstract class MistQueryOptions
{
    private protected MistQueryOptions()
    {
    }

    /// <summary>Adds the set parameters to <paramref name="request"/>, checking each against the operation's table entry.</summary>
    /// <exception cref="ArgumentException">A value the operation does not accept (not one of its enum, an empty window, ...).</exception>
    internal abstract void AddTo(MistRequest request);
}
