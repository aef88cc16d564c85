using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// Creates a site exactly once under faults. <see cref="SitesClient.CreateOnceAsync"/> already checks by name after
/// an ambiguous failure (a 5xx, a timeout, a lost connection: Mist may have acted); when even its tries are spent,
/// or a call was refused for the rate budget (possibly the lookup after an ambiguous failure), this waits, checks by
/// name again, and only then tries again: every new try follows a check. The name is known to be absent at the start
/// (the plan listed the org), so a site of that name found later is the one this import created.
/// </summary>
internal static class SiteCreator
{
    private const int Rounds = 8;

    public static async Task<(Mist.Site Site, bool Confirmed)> CreateAsync(MistClient client, Guid orgId, SiteCreateOptions site, CancellationToken cancellationToken)
    {
        MistException? failure = null;
        var pause = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            try
            {
                if (failure is not null)
                {
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                    if (await FindAsync(client, orgId, site.Name, cancellationToken).ConfigureAwait(false) is { } found)
                    {
                        return (found, true);
                    }
                }

                return (await client.Sites.CreateOnceAsync(orgId, site, cancellationToken).ConfigureAwait(false), false);
            }
            catch (MistException e) when (NotSent.IsShortWait(e, out var wait))
            {
                failure = e;
                pause = NotSent.Pause(wait);
            }
            catch (MistException e) when (IsAmbiguous(e))
            {
                failure = e;
                pause = TimeSpan.FromMilliseconds(250 * Math.Min(round + 1, 4));
            }
        }

        throw new CliException(
            $"Not known whether the site was created ({failure!.Message}). Run the import again: it lists the org's sites first and creates only the missing ones.",
            ExitCodes.Failure);
    }

    /// <summary>Failures after which Mist may or may not have created the site (or a lookup that could not tell).</summary>
    public static bool IsAmbiguous(MistException e) => e is MistServerException or MistTimeoutException or MistConnectionException;

    private static async Task<Mist.Site?> FindAsync(MistClient client, Guid orgId, string name, CancellationToken cancellationToken)
    {
        var found = await client.Sites.FindByNameAsync(orgId, name, cancellationToken).ConfigureAwait(false);
        return found.OrderByDescending(s => s.CreatedTime ?? 0).FirstOrDefault();
    }
}
