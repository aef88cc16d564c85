using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Cli.Validation;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>Wireless clients, device events and alarms: "where is this user, and what happened here?".</summary>
[McpServerToolType]
internal sealed class WirelessTools(MistConnection connection, MistResolver resolve)
{
    internal static readonly string[] ClientCompact = ["mac", "hostname", "username", "ip", "ssid", "band", "ap", "site_id", "timestamp", "last_ap", "last_ssid", "last_ip"];
    internal static readonly string[] StatsCompact = ["mac", "hostname", "username", "ip", "ssid", "band", "ap_mac", "ap_id", "rssi", "snr", "last_seen", "vlan_id"];
    internal static readonly string[] EventCompact = ["timestamp", "type", "text", "mac", "ap", "device_type", "site_id"];
    internal static readonly string[] AlarmCompact = ["id", "timestamp", "type", "severity", "group", "status", "acked", "count", "site_id", "hostnames", "last_seen"];

    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "search_clients", Title = "Search wireless clients", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Finds wireless clients seen in the org (or one site) in a time window: by MAC (any notation), IP, hostname, username, SSID or band. " +
        "Returns where each was seen (AP MAC, SSID, band, site_id, IP) one page at a time; follow next_cursor for more.")]
    public async Task<ToolPage> SearchClientsAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("Only clients seen on this site: its id or name.")] string? site = null,
        [Description("The client's MAC address, any notation.")] string? mac = null,
        [Description("The client's IP address.")] string? ip = null,
        [Description("The client's hostname.")] string? hostname = null,
        [Description("The client's 802.1X or PSK user name.")] string? username = null,
        [Description("The SSID it connected to.")] string? ssid = null,
        [Description("Radio band: 24, 5 or 6.")] string? band = null,
        [Description(SearchWindow.DurationDescription)] string? duration = null,
        [Description(SearchWindow.StartDescription)] long? start = null,
        [Description(SearchWindow.EndDescription)] long? end = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("search_clients", cursor, limit);
        var selection = FieldSelection.Parse(fields, ClientCompact, Known(ClientCompact));
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var request = MistOperations.SearchOrgWirelessClients.CreateRequest(orgId.ToString("D"));
        AddMac(request, "mac", mac);
        AddBand(request, band);
        Add(request, "ip", ip);
        Add(request, "hostname", hostname);
        Add(request, "username", username);
        Add(request, "ssid", ssid);
        SearchWindow.Apply(request, duration, start, end);
        if (site is not null)
        {
            request.AddQuery("site_id", (await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false)).Id.ToString("D"));
        }

        return await ReadAsync("search_clients", request, selection, cursor, limit, cancellationToken).ConfigureAwait(false);
    }

    [McpServerTool(Name = "list_site_clients", Title = "List a site's wireless clients", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("The wireless clients connected now on a site, or on one AP of it (device), with SSID, band, RSSI, SNR and IP; filters: ssid, band. One page at a time.")]
    public async Task<ToolPage> ListSiteClientsAsync(
        [Description(ToolText.Site)] string site,
        [Description(MistResolver.OrgDescription + " Used only to look a site up by name.")] string? org = null,
        [Description("Only the clients of this AP: " + ToolText.Device)] string? device = null,
        [Description("Only clients on this SSID.")] string? ssid = null,
        [Description("Only clients on this band: 24, 5 or 6.")] string? band = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("list_site_clients", cursor, limit);
        var selection = FieldSelection.Parse(fields, StatsCompact, Known(StatsCompact));
        CheckBand(band);
        var found = await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false);
        MistRequest request;
        if (device is not null)
        {
            var item = await resolve.DeviceAsync(found.OrgId ?? await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false), device, cancellationToken).ConfigureAwait(false);
            request = MistOperations.GetSiteAllClientsStatsByDevice.CreateRequest(found.Id.ToString("D"), MistResolver.DeviceId(item).ToString("D"));
        }
        else
        {
            request = MistOperations.ListSiteWirelessClientsStats.CreateRequest(found.Id.ToString("D"));
            request.AddQuery("limit", "1000");
        }

        var clients = new List<JsonObject>();
        await foreach (var element in _mist.GetAllAsync(request).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (element.ValueKind == JsonValueKind.Object && JsonObject.Create(element) is { } client
                && (ssid is null || (string?)client["ssid"] == ssid)
                && (band is null || client["band"]?.ToString() == band))
            {
                clients.Add(client);
            }
        }

        return ListPaging.Slice(
            clients, "list_site_clients", ListPaging.Fingerprint(found.Id.ToString(), device, ssid, band), cursor, limit, selection.Apply);
    }

    [McpServerTool(Name = "search_events", Title = "Search device events", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Device events (restarts, upgrades, config changes, disconnections, ...) of the org or one site in a time window, newest first; " +
        "filters: device, event_type (e.g. AP_RESTARTED). One page at a time.")]
    public async Task<ToolPage> SearchEventsAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("Only this site's events: its id or name.")] string? site = null,
        [Description("Only this device's events: " + ToolText.Device)] string? device = null,
        [Description("Only events of this type, e.g. AP_RESTARTED, AP_CONFIG_CHANGED_BY_USER.")] string? event_type = null,
        [Description(SearchWindow.DurationDescription)] string? duration = null,
        [Description(SearchWindow.StartDescription)] long? start = null,
        [Description(SearchWindow.EndDescription)] long? end = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("search_events", cursor, limit);
        var selection = FieldSelection.Parse(fields, EventCompact, Known(EventCompact));
        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var request = site is null
            ? MistOperations.SearchOrgDeviceEvents.CreateRequest(orgId.ToString("D"))
            : MistOperations.SearchSiteDeviceEvents.CreateRequest((await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false)).Id.ToString("D"));
        Add(request, "type", event_type);
        SearchWindow.Apply(request, duration, start, end);
        if (device is not null)
        {
            request.AddQuery("mac", (await resolve.DeviceAsync(orgId, device, cancellationToken).ConfigureAwait(false)).Mac);
        }

        return await ReadAsync("search_events", request, selection, cursor, limit, cancellationToken).ConfigureAwait(false);
    }

    [McpServerTool(Name = "search_alarms", Title = "Search alarms", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Alarms (device offline, and others) of the org or one site in a time window; filters: severity, alarm_type, acked. One page at a time. Acknowledge them with ack_alarms.")]
    public async Task<ToolPage> SearchAlarmsAsync(
        [Description(MistResolver.OrgDescription)] string? org = null,
        [Description("Only this site's alarms: its id or name.")] string? site = null,
        [Description("Only alarms of this severity: critical, major, minor, warn or info.")] string? severity = null,
        [Description("Only alarms of this type, e.g. device_down.")] string? alarm_type = null,
        [Description("true: only acknowledged alarms; false: only those not acknowledged.")] bool? acked = null,
        [Description(SearchWindow.DurationDescription)] string? duration = null,
        [Description(SearchWindow.StartDescription)] long? start = null,
        [Description(SearchWindow.EndDescription)] long? end = null,
        [Description(FieldSelection.Description)] string? fields = null,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description(ListPaging.LimitDescription)] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        ListPaging.Precheck("search_alarms", cursor, limit);
        var selection = FieldSelection.Parse(fields, AlarmCompact, Known(AlarmCompact));
        if (severity is not null && !ArgumentRules.Severities.Contains(severity))
        {
            throw ToolErrors.InvalidParams($"severity '{severity}' is not one of critical, major, minor, warn, info.");
        }

        var orgId = await resolve.OrgAsync(org, cancellationToken).ConfigureAwait(false);
        var request = site is null
            ? MistOperations.SearchOrgAlarms.CreateRequest(orgId.ToString("D"))
            : MistOperations.SearchSiteAlarms.CreateRequest((await resolve.SiteAsync(org, site, cancellationToken).ConfigureAwait(false)).Id.ToString("D"));
        Add(request, "severity", severity);
        Add(request, "type", alarm_type);
        Add(request, "acked", acked is null ? null : acked.Value ? "true" : "false");
        SearchWindow.Apply(request, duration, start, end);
        return await ReadAsync("search_alarms", request, selection, cursor, limit, cancellationToken).ConfigureAwait(false);
    }

    internal static void CheckBand(string? band)
    {
        if (band is not null && WlanRules.BandsProblem([band]) is { } problem)
        {
            throw ToolErrors.InvalidParams($"band: {problem}.");
        }
    }

    // Search items have more fields than any list here; the spec's search schemas name them, and an unknown one is
    // still refused so a typo never comes back as empty objects.
    private static HashSet<string> Known(string[] compact) => new HashSet<string>(compact, StringComparer.Ordinal);

    private static void Add(MistRequest request, string name, string? value)
    {
        if (value is not null)
        {
            request.AddQuery(name, string.IsNullOrWhiteSpace(value) ? throw ToolErrors.InvalidParams($"{name} must not be blank.") : value.Trim());
        }
    }

    private static void AddMac(MistRequest request, string name, string? value)
    {
        if (value is not null)
        {
            request.AddQuery(name, MacAddress.TryNormalize(value, out var mac) ? mac : throw ToolErrors.InvalidParams($"{name} '{value}' is not a MAC address (12 hex digits, any separators)."));
        }
    }

    private static void AddBand(MistRequest request, string? band)
    {
        CheckBand(band);
        Add(request, "band", band);
    }

    private async Task<ToolPage> ReadAsync(string tool, MistRequest request, FieldSelection selection, string? cursor, int? limit, CancellationToken cancellationToken) =>
        await ListPaging.ReadAsync(
            _mist.GetAllAsync(request), tool, ListPaging.Fingerprint(request.PathAndQuery), cursor, limit,
            e => selection.Apply(e.ValueKind == JsonValueKind.Object ? JsonObject.Create(e) ?? [] : []), cancellationToken).ConfigureAwait(false);
}
