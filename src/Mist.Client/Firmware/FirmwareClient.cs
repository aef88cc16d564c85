using System.Text.Json;

namespace Mist;

/// <summary>
/// Firmware: the versions Mist offers per model, and upgrades of one device, a site or an org, with their status,
/// cancellation and a wait that follows an upgrade to its end. Get one from <see cref="MistClient.Firmware"/>.
/// Upgrades restart devices: callers confirm before calling.
/// </summary>
public class FirmwareClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected FirmwareClient()
    {
    }

    internal FirmwareClient(MistPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// The versions offered to the org's devices (<c>GET /api/v1/orgs/{org_id}/devices/versions</c>; <c>type</c>
    /// defaults to <c>ap</c> on the server, <c>model</c> narrows to one model). The recommended one has tag <c>stable</c>.
    /// </summary>
    public virtual async Task<IReadOnlyList<FirmwareVersion>> ListVersionsAsync(Guid orgId, DeviceType? type = null, string? model = null, CancellationToken cancellationToken = default) =>
        await _pipeline.SendAsync(
            MistOperations.ListOrgAvailableDeviceVersions.Request(orgId).AddQuery("type", type?.Value).AddQuery("model", model),
            MistJsonContext.Default.ListFirmwareVersion,
            cancellationToken).ConfigureAwait(false);

    /// <summary>The versions offered to a site's devices (<c>GET /api/v1/sites/{site_id}/devices/versions</c>).</summary>
    public virtual async Task<IReadOnlyList<FirmwareVersion>> ListSiteVersionsAsync(Guid siteId, DeviceType? type = null, string? model = null, CancellationToken cancellationToken = default) =>
        await _pipeline.SendAsync(
            MistOperations.ListSiteAvailableDeviceVersions.Request(siteId).AddQuery("type", type?.Value).AddQuery("model", model),
            MistJsonContext.Default.ListFirmwareVersion,
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Upgrades one device (<c>POST /api/v1/sites/{site_id}/devices/{device_id}/upgrade</c>). The answer has no
    /// upgrade id: follow the device's stats (<c>fwupdate</c>, <c>version</c>), or use <see cref="UpgradeSiteAsync"/>
    /// with <see cref="SiteUpgradeOptions.DeviceIds"/> to get one.
    /// </summary>
    public virtual Task<DeviceUpgradeResult> UpgradeDeviceAsync(Guid siteId, Guid deviceId, UpgradeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return _pipeline.SendAsync(MistOperations.UpgradeDevice.Request(siteId, deviceId).WithJson(options.ToJson()), MistJsonContext.Default.DeviceUpgradeResult, cancellationToken);
    }

    /// <summary>Starts an upgrade of a site's devices (<c>POST /api/v1/sites/{site_id}/devices/upgrade</c>) and returns its id.</summary>
    public virtual async Task<Guid> UpgradeSiteAsync(Guid siteId, SiteUpgradeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var request = MistOperations.UpgradeSiteDevices.Request(siteId).WithJson(options.ToJson());
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        // The answer is {"upgrade_id": "..."}; anything else is a broken answer, not an upgrade to follow.
        return response.ReadJson() is { ValueKind: JsonValueKind.Object } body &&
               body.TryGetProperty("upgrade_id", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var upgradeId)
            ? upgradeId
            : throw new MistException($"POST {request.Path}: the answer has no upgrade_id.");
    }

    /// <summary>Starts an upgrade across sites (<c>POST /api/v1/orgs/{org_id}/devices/upgrade</c>): one site upgrade per site.</summary>
    public virtual Task<OrgUpgrade> UpgradeOrgAsync(Guid orgId, OrgUpgradeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return _pipeline.SendAsync(MistOperations.UpgradeOrgDevices.Request(orgId).WithJson(options.ToJson()), MistJsonContext.Default.OrgUpgrade, cancellationToken);
    }

    /// <summary>A site upgrade with its devices per stage (<c>GET /api/v1/sites/{site_id}/devices/upgrade/{upgrade_id}</c>).</summary>
    public virtual Task<SiteUpgrade> GetSiteUpgradeAsync(Guid siteId, Guid upgradeId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetSiteDeviceUpgrade.Request(siteId, upgradeId), MistJsonContext.Default.SiteUpgrade, cancellationToken);

    /// <summary>A site's upgrades, with counts per stage (<c>GET /api/v1/sites/{site_id}/devices/upgrade</c>; one call, no paging).</summary>
    public virtual async Task<IReadOnlyList<SiteUpgrade>> ListSiteUpgradesAsync(Guid siteId, string? status = null, CancellationToken cancellationToken = default) =>
        await _pipeline.SendAsync(MistOperations.ListSiteDeviceUpgrades.Request(siteId).AddQuery("status", status), MistJsonContext.Default.ListSiteUpgrade, cancellationToken).ConfigureAwait(false);

    /// <summary>An org upgrade with each site upgrade (<c>GET /api/v1/orgs/{org_id}/devices/upgrade/{upgrade_id}</c>).</summary>
    public virtual Task<OrgUpgrade> GetOrgUpgradeAsync(Guid orgId, Guid upgradeId, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(MistOperations.GetOrgDeviceUpgrade.Request(orgId, upgradeId), MistJsonContext.Default.OrgUpgrade, cancellationToken);

    /// <summary>
    /// Cancels the devices of a site upgrade that have not started (<c>POST .../devices/upgrade/{upgrade_id}/cancel</c>);
    /// devices already upgrading finish. Mist answers 400 once every device has started.
    /// </summary>
    public virtual Task CancelSiteUpgradeAsync(Guid siteId, Guid upgradeId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.CancelSiteDeviceUpgrade.Request(siteId, upgradeId), cancellationToken);

    /// <summary>Cancels an org upgrade (<c>POST /api/v1/orgs/{org_id}/devices/upgrade/{upgrade_id}/cancel</c>).</summary>
    public virtual Task CancelOrgUpgradeAsync(Guid orgId, Guid upgradeId, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(MistOperations.CancelOrgDeviceUpgrade.Request(orgId, upgradeId), cancellationToken);

    /// <summary>
    /// Reads a site upgrade every <see cref="UpgradeWaitOptions.PollInterval"/> (on the client's
    /// <see cref="MistClientOptions.TimeProvider"/>) until it is finished (<see cref="SiteUpgrade.IsFinished"/>),
    /// calling <see cref="UpgradeWaitOptions.OnChange"/> on each change, and returns the last read.
    /// </summary>
    /// <exception cref="MistTimeoutException">The upgrade did not finish within <see cref="UpgradeWaitOptions.Timeout"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The poll interval is under 100 ms, or the timeout not positive.</exception>
    public virtual async Task<SiteUpgrade> WaitForUpgradeAsync(Guid siteId, Guid upgradeId, UpgradeWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UpgradeWaitOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PollInterval, TimeSpan.FromMilliseconds(100));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        var time = _pipeline.Time;
        var deadline = time.GetUtcNow() + options.Timeout;
        string? last = null;
        while (true)
        {
            var upgrade = await GetSiteUpgradeAsync(siteId, upgradeId, cancellationToken).ConfigureAwait(false);
            var fingerprint = upgrade.Status + JsonSerializer.Serialize(upgrade.Targets, MistJsonContext.Default.UpgradeTargets);
            if (fingerprint != last)
            {
                last = fingerprint;
                options.OnChange?.Invoke(upgrade);
            }

            if (upgrade.IsFinished)
            {
                return upgrade;
            }

            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new MistTimeoutException($"Upgrade {upgradeId} did not finish within {options.Timeout}; its status is {upgrade.Status}.");
            }

            await Task.Delay(left < options.PollInterval ? left : options.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
