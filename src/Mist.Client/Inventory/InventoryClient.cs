using System.Text.Json.Nodes;

namespace Mist;

/// <summary>
/// The org's device inventory: list, claim, assign to a site, unassign and release. Get one from
/// <see cref="MistClient.Inventory"/>. Results report each device: a 200 can still carry per-device errors.
/// </summary>
public class InventoryClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected InventoryClient()
    {
    }

    internal InventoryClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// The inventory, fetched 1,000 per page as enumerated (<c>GET /api/v1/orgs/{org_id}/inventory</c>). Each item is
    /// checked against the filters asked (MAC, serial, model, type, site, unassigned): one that does not fit is left out.
    /// </summary>
    /// <exception cref="ArgumentException">The MAC filter is not a MAC address.</exception>
    public virtual AsyncPageable<InventoryItem> ListAsync(Guid orgId, InventoryListOptions? options = null)
    {
        var mac = options?.Mac is { } m ? MacAddress.Normalize(m) : null;
        return new VerifiedPageable<InventoryItem>(
            Pagers.PageNumber(
                _pipeline,
                () => MistOperations.GetOrgInventory.Request(orgId)
                    .AddQuery("type", (options?.Type ?? DeviceType.All).Value)
                    .AddQuery("model", options?.Model)
                    .AddQuery("mac", mac)
                    .AddQuery("serial", options?.Serial)
                    .AddQuery("site_id", options?.SiteId?.ToString("D"))
                    .AddQuery("unassigned", Bool(options?.Unassigned))
                    .AddQuery("vc", Bool(options?.VirtualChassis)),
                MistJsonContext.Default.ListInventoryItem),
            item => Fits(item, options, mac));
    }

    /// <summary>Claims one device into the org by its claim code: <see cref="ClaimAsync(Guid, IEnumerable{string}, CancellationToken)"/> with one code.</summary>
    /// <exception cref="ArgumentException">The code is empty.</exception>
#pragma warning disable RS0026 // One code or several: the parameter types never overlap (string is not IEnumerable<string>).
    public virtual Task<ClaimResult> ClaimAsync(Guid orgId, string claimCode, CancellationToken cancellationToken = default)
#pragma warning restore RS0026
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimCode);
        return ClaimAsync(orgId, [claimCode], cancellationToken);
    }

    /// <summary>
    /// Claims devices into the org by claim code (<c>POST /api/v1/orgs/{org_id}/inventory</c> with an array of codes).
    /// Codes already in the org come back as duplicated, refused codes as errors with the API's reason. When no code
    /// is valid Mist answers 400 with the same body: that is returned as a result, not thrown.
    /// Never retried after a failure the server may have acted on.
    /// </summary>
    /// <exception cref="ArgumentException">No code, or an empty code, was given.</exception>
    public virtual async Task<ClaimResult> ClaimAsync(Guid orgId, IEnumerable<string> claimCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimCodes);
        var codes = claimCodes.Select(c => c?.Trim() ?? string.Empty).ToList();
        if (codes.Count == 0 || codes.Any(c => c.Length == 0))
        {
            throw new ArgumentException("Give at least one claim code, and no empty ones.", nameof(claimCodes));
        }

        var request = MistOperations.AddOrgInventory.Request(orgId).WithJson(new JsonArray([.. codes.Select(c => JsonValue.Create(c))]));
        request.ThrowOnError = false;
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status is 200 or 400 && TryReadClaim(response, out var result))
        {
            return result;
        }

        throw MistErrorMapper.Create(request, response, _pipeline.Time.GetUtcNow());
    }

    /// <summary>Assigns devices to a site (<c>PUT /api/v1/orgs/{org_id}/inventory</c>, <c>op: assign</c>).</summary>
    /// <param name="orgId">The org.</param>
    /// <param name="siteId">The site to assign to.</param>
    /// <param name="macs">MAC addresses, in any notation.</param>
    /// <param name="noReassign">Treat a device already assigned to another site as an error instead of moving it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No MAC, or a value that is not a MAC address.</exception>
    public virtual Task<InventoryChangeResult> AssignAsync(Guid orgId, Guid siteId, IEnumerable<string> macs, bool noReassign = false, CancellationToken cancellationToken = default)
    {
        var body = Change("assign", macs);
        body["site_id"] = siteId.ToString("D");
        body["no_reassign"] = noReassign;
        return SendChangeAsync(orgId, body, cancellationToken);
    }

    /// <summary>Removes devices from their site, keeping them in the org (<c>op: unassign</c>).</summary>
    /// <exception cref="ArgumentException">No MAC, or a value that is not a MAC address.</exception>
    public virtual Task<InventoryChangeResult> UnassignAsync(Guid orgId, IEnumerable<string> macs, CancellationToken cancellationToken = default) =>
        SendChangeAsync(orgId, Change("unassign", macs), cancellationToken);

    /// <summary>Releases devices from the org, unassigning them first (<c>op: delete</c>). They can be claimed again.</summary>
    /// <exception cref="ArgumentException">No MAC, or a value that is not a MAC address.</exception>
    public virtual Task<InventoryChangeResult> ReleaseAsync(Guid orgId, IEnumerable<string> macs, CancellationToken cancellationToken = default) =>
        SendChangeAsync(orgId, Change("delete", macs), cancellationToken);

    private Task<InventoryChangeResult> SendChangeAsync(Guid orgId, JsonObject body, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(MistOperations.UpdateOrgInventoryAssignment.Request(orgId).WithJson(body), MistJsonContext.Default.InventoryChangeResult, cancellationToken);

    private static JsonObject Change(string op, IEnumerable<string> macs)
    {
        ArgumentNullException.ThrowIfNull(macs);
        var list = macs.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Give at least one MAC address.", nameof(macs));
        }

        var invalid = list.Where(m => !MacAddress.TryNormalize(m, out _)).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentException($"Not MAC addresses: {string.Join(", ", invalid.Select(v => $"'{v}'"))}.", nameof(macs));
        }

        var normalized = list.Select(MacAddress.Normalize).Distinct(StringComparer.Ordinal);
        return new JsonObject
        {
            ["op"] = op,
            ["macs"] = new JsonArray([.. normalized.Select(m => JsonValue.Create(m))]),
        };
    }

    private static bool TryReadClaim(MistResponse response, out ClaimResult result)
    {
        result = null!;
        try
        {
            if (response.Read(MistJsonContext.Default.ClaimResult) is { } claim
                && (response.Status == 200 || claim.Added.Count + claim.Duplicated.Count + claim.Error.Count > 0))
            {
                result = claim;
                return true;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not a claim body (an auth or proxy error, say): the caller maps the status instead.
        }

        return false;
    }

    private static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    // The server's filters, checked again on each item: what the caller asked for is what it gets.
    private static bool Fits(InventoryItem item, InventoryListOptions? options, string? mac) =>
        options is null
        || ((mac is null || MacAddress.SameMac(item.Mac, mac))
            && (options.Serial is null || string.Equals(item.Serial, options.Serial, StringComparison.OrdinalIgnoreCase))
            && (options.Model is null || string.Equals(item.Model, options.Model, StringComparison.OrdinalIgnoreCase))
            && DevicesClient.TypeFits(options.Type, item.Type)
            && (options.SiteId is not { } site || item.SiteId == site)
            && (options.Unassigned is not { } unassigned || unassigned == (item.SiteId is null)));
}
