namespace Mist.Mcp;

/// <summary>
/// One credential's client and what the server remembers about it: the orgs the token reaches, read once and
/// kept for <see cref="OrgsLifetime"/> (or until Mist answers 401 or 403), so a list tool costs one API call, not
/// two. Over stdio there is one connection; over HTTP there is one per token and cloud.
/// </summary>
internal sealed class MistConnection(MistClient client, TimeProvider time)
{
    /// <summary>How long the token's orgs are trusted before they are read again.</summary>
    public static readonly TimeSpan OrgsLifetime = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private Task<IReadOnlyList<ReachableOrg>>? _orgs;
    private DateTimeOffset _orgsRead;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (IReadOnlyDictionary<string, string> Names, DateTimeOffset Read)> _siteNames = new();

    public MistClient Client { get; } = client;

    /// <summary>The orgs the token reaches (<c>GET /self</c>, plus <c>GET /msps/{id}/orgs</c> for MSP scopes), cached; concurrent callers share one read.</summary>
    public async Task<IReadOnlyList<ReachableOrg>> OrgsAsync(CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ReachableOrg>> read;
        lock (_lock)
        {
            if (_orgs is null || _orgs.IsFaulted || _orgs.IsCanceled || time.GetUtcNow() - _orgsRead > OrgsLifetime)
            {
                // Not tied to one caller's cancellation: another caller may be waiting for the same read.
                _orgs = Client.Self.ListOrgsAsync(CancellationToken.None);
                _orgsRead = time.GetUtcNow();
            }

            read = _orgs;
        }

        return await read.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The org's site names by site id, from one site listing kept for <see cref="OrgsLifetime"/>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SiteNamesAsync(Guid orgId, CancellationToken cancellationToken, bool refresh = false)
    {
        if (!refresh && _siteNames.TryGetValue(orgId, out var cached) && time.GetUtcNow() - cached.Read <= OrgsLifetime)
        {
            return cached.Names;
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var site in Client.Sites.ListAsync(orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (site.Name is { } name)
            {
                names[site.Id.ToString("D")] = name;
            }
        }

        _siteNames[orgId] = (names, time.GetUtcNow());
        return names;
    }

    /// <summary>Forgets the orgs, after Mist refused the token (its privileges may have changed).</summary>
    public void Forget()
    {
        lock (_lock)
        {
            _orgs = null;
        }

        _siteNames.Clear();
    }
}
