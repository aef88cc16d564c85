namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// More rounds for a write that is safe to repeat (a PUT, a GET, or a claim: a code claimed twice comes back as
/// duplicated) after the SDK's own retries gave up on a transient failure, or refused to send while the token was
/// held back: in a run of hundreds of items, a short outage should not fail the items that happened to be in flight.
/// </summary>
internal static class IdempotentRetry
{
    private const int TransientRounds = 3;
    private const int NotSentRounds = 10;

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var transient = 0;
        var notSent = 0;
        while (true)
        {
            try
            {
                return await write(cancellationToken).ConfigureAwait(false);
            }
            catch (MistException e) when (NotSent.IsShortWait(e, out var wait) && ++notSent < NotSentRounds)
            {
                await Task.Delay(NotSent.Pause(wait), cancellationToken).ConfigureAwait(false);
            }
            catch (MistException e) when (e is MistServerException or MistTimeoutException or MistConnectionException && ++transient < TransientRounds)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * transient), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
