using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Activity;

/// <summary>
/// Adds what a client record lacks for people: <c>site_name</c>, <c>ap_name</c> and, for connected clients,
/// <c>rssi</c> and <c>snr</c>, each read only when the output shows it (<c>--fields</c>) and a row lacks it.
/// <see cref="EnrichAsync"/> sends the reads a page needs without waiting for them, so that they overlap the next page of a
/// search: the org's sites are listed once; a site met is read once for its connected clients' signal (the API has it
/// per site only); AP names come from each site's AP stats for the first few sites met, then from one listing of the
/// org's APs (1,000 per page), which costs less than a request per site once a search spans many sites.
/// </summary>
internal sealed class ClientNames : IDisposable
{
    /// <summary>Past this many sites, one listing of the org's APs (a few pages) replaces a request per site.</summary>
    public const int SitesReadForApNames = 8;

    // Requests of ours in flight at once, besides the search itself: the SDK's default for pages.
    private const int InFlight = 4;

    private readonly MistClient _client;
    private readonly Guid _orgId;
    private readonly bool _siteNamesShown;
    private readonly bool _apNamesShown;
    private readonly bool _signalShown;
    private readonly bool _manySites;
    private readonly SemaphoreSlim _slots = new(InFlight);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task<Dictionary<string, string?>>> _siteAps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<Dictionary<string, (double? Rssi, double? Snr)>>> _siteSignal = new(StringComparer.Ordinal);
    private Task<Dictionary<string, string?>>? _siteNames;
    private Task<Dictionary<string, string?>>? _orgAps;

    /// <param name="client">The SDK client.</param>
    /// <param name="orgId">The org whose sites and APs name the rows.</param>
    /// <param name="fields">The fields the output shows (<c>--fields</c>), null for all.</param>
    /// <param name="sites">The org's sites by id, when the caller has listed them already.</param>
    /// <param name="manySites">The rows will come from more sites than are worth reading one by one for AP names.</param>
    public ClientNames(MistClient client, Guid orgId, IReadOnlyList<string>? fields = null, IReadOnlyDictionary<string, string?>? sites = null, bool manySites = false)
    {
        _client = client;
        _orgId = orgId;
        _siteNames = sites is null ? null : Task.FromResult(new Dictionary<string, string?>(sites, StringComparer.Ordinal));
        _manySites = manySites;
        bool Shown(string name) => fields is null || fields.Any(f => string.Equals(f.Split('.')[0], name, StringComparison.Ordinal));
        _siteNamesShown = Shown("site_name");
        _apNamesShown = Shown("ap_name");
        _signalShown = Shown("rssi") || Shown("snr");
    }

    /// <summary>
    /// Sends, before returning, the reads <paramref name="rows"/> need that no earlier page sent; the task fills the rows
    /// in when they are back.
    /// </summary>
    public Task EnrichAsync(IReadOnlyList<JsonObject> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        Task<Dictionary<string, string?>>? siteNames;
        var aps = new List<Task<Dictionary<string, string?>>>();
        var signal = new List<Task<Dictionary<string, (double? Rssi, double? Snr)>>>();
        lock (_lock)
        {
            siteNames = _siteNamesShown ? _siteNames ??= ListSitesAsync(cancellationToken) : null;
            if (_apNamesShown)
            {
                var sites = SitesOf(rows.Where(r => ApOf(r) is not null)).ToList();
                var unread = sites.Count(site => !_siteAps.ContainsKey(site));
                // A page that would take the sites read one by one past the threshold goes to the org's listing at once.
                var orgWide = _manySites || _orgAps is not null || _siteAps.Count + unread > SitesReadForApNames;
                foreach (var siteId in sites)
                {
                    aps.Add(_siteAps.TryGetValue(siteId, out var read) ? read
                        : orgWide ? _orgAps ??= ListOrgApsAsync(cancellationToken)
                        : _siteAps[siteId] = ReadSiteApsAsync(siteId, cancellationToken));
                }
            }

            if (_signalShown)
            {
                foreach (var siteId in SitesOf(rows.Where(r => r["rssi"] is null)))
                {
                    if (!_siteSignal.TryGetValue(siteId, out var read))
                    {
                        _siteSignal[siteId] = read = ReadSiteSignalAsync(siteId, cancellationToken);
                    }

                    signal.Add(read);
                }
            }
        }

        return FillAsync(rows, siteNames, aps, signal);
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>
    /// Sends the read of a site's AP names now, when the rows' site is known before the rows are (one request spent for
    /// nothing if the site has no client: the price of one round trip less when it has).
    /// </summary>
    public void ReadSite(string siteId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_apNamesShown && !_manySites && _orgAps is null && !_siteAps.ContainsKey(siteId) && _siteAps.Count < SitesReadForApNames)
            {
                _siteAps[siteId] = ReadSiteApsAsync(siteId, cancellationToken);
            }
        }
    }

    private async Task FillAsync(
        IReadOnlyList<JsonObject> rows,
        Task<Dictionary<string, string?>>? siteNames,
        List<Task<Dictionary<string, string?>>> aps,
        List<Task<Dictionary<string, (double? Rssi, double? Snr)>>> signal)
    {
        var names = siteNames is null ? null : await siteNames.ConfigureAwait(false);
        var apNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var read in aps.Distinct())
        {
            foreach (var (mac, name) in await read.ConfigureAwait(false))
            {
                apNames[mac] = name;
            }
        }

        var signals = new Dictionary<string, (double? Rssi, double? Snr)>(StringComparer.Ordinal);
        foreach (var read in signal)
        {
            foreach (var (mac, value) in await read.ConfigureAwait(false))
            {
                signals[mac] = value;
            }
        }

        foreach (var row in rows)
        {
            if (_siteNamesShown)
            {
                var siteId = (string?)row["site_id"];
                row["site_name"] = siteId is not null && names!.TryGetValue(siteId, out var siteName) ? siteName : null;
            }

            if (_apNamesShown)
            {
                var ap = ApOf(row);
                row["ap_name"] = ap is not null && apNames.TryGetValue(ap, out var apName) ? apName : null;
            }

            if (row["rssi"] is null && Text(row["mac"]) is { } mac && signals.TryGetValue(mac, out var value))
            {
                row["rssi"] = value.Rssi is { } rssi ? JsonValue.Create(rssi) : null;
                row["snr"] = value.Snr is { } snr ? JsonValue.Create(snr) : null;
            }
        }
    }

    private async Task<Dictionary<string, string?>> ListSitesAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using var slot = await SlotAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var site in _client.Sites.ListAsync(_orgId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            names[site.Id.ToString()] = site.Name;
        }

        return names;
    }

    private async Task<Dictionary<string, string?>> ReadSiteApsAsync(string siteId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using var slot = await SlotAsync(cancellationToken).ConfigureAwait(false);
        var aps = MistOperations.ListSiteDevicesStats.CreateRequest(siteId).AddQuery("type", "ap").AddQuery("limit", "1000");
        await foreach (var ap in _client.GetAllAsync(aps).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (ap.TryGetProperty("mac", out var mac) && mac.ValueKind == JsonValueKind.String)
            {
                names[mac.GetString()!] = ap.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            }
        }

        return names;
    }

    // The inventory pages by number, several pages in flight (the SDK's default): it takes the slots of one request.
    private async Task<Dictionary<string, string?>> ListOrgApsAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using var slot = await SlotAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var ap in _client.Inventory.ListAsync(_orgId, new InventoryListOptions { Type = DeviceType.AccessPoint }).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (ap.Mac is { } mac)
            {
                names[mac] = ap.Name;
            }
        }

        return names;
    }

    private async Task<Dictionary<string, (double? Rssi, double? Snr)>> ReadSiteSignalAsync(string siteId, CancellationToken cancellationToken)
    {
        var signal = new Dictionary<string, (double? Rssi, double? Snr)>(StringComparer.Ordinal);
        await using var slot = await SlotAsync(cancellationToken).ConfigureAwait(false);
        var clients = MistOperations.ListSiteWirelessClientsStats.CreateRequest(siteId).AddQuery("limit", "1000");
        var response = await _client.SendAsync(clients, cancellationToken).ConfigureAwait(false);
        if (JsonNode.Parse(response.Text) is JsonArray stats)
        {
            foreach (var stat in stats.OfType<JsonObject>())
            {
                if (Text(stat["mac"]) is { } mac)
                {
                    // Only the two numbers are kept: a node would hold its whole parsed site response (347 MB
                    // for a find across 985 sites of the 50,000-client bench).
                    signal[mac] = (Number(stat["rssi"]), Number(stat["snr"]));
                }
            }
        }

        return signal;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? value.GetValue<double>() : null;

    private async Task<Slot> SlotAsync(CancellationToken cancellationToken)
    {
        // Yield first, so that EnrichAsync returns as soon as every read is queued, even one that finds a free slot.
        await Task.Yield();
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(_slots);
    }

    private static IEnumerable<string> SitesOf(IEnumerable<JsonObject> rows) =>
        rows.Select(r => (string?)r["site_id"]).OfType<string>().Distinct(StringComparer.Ordinal);

    private static string? ApOf(JsonObject row) => Text(row["ap_mac"]) ?? Text(row["last_ap"]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private readonly struct Slot(SemaphoreSlim slots) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            slots.Release();
            return ValueTask.CompletedTask;
        }
    }
}
