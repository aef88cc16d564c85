using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>The devices of a site upgrade by stage, as MAC addresses (<c>targets</c> of a site upgrade).</summary>
public sealed record UpgradeTargets
{
    /// <summary>Devices the cloud scheduled, not yet downloading.</summary>
    public IReadOnlyList<string>? Scheduled { get; init; }

    /// <summary>Devices the cloud asked to download the firmware.</summary>
    public IReadOnlyList<string>? DownloadRequested { get; init; }

    /// <summary>Devices downloading the firmware.</summary>
    public IReadOnlyList<string>? Downloading { get; init; }

    /// <summary>Devices that have the firmware and install it.</summary>
    public IReadOnlyList<string>? Downloaded { get; init; }

    /// <summary>Devices rebooting into the new firmware.</summary>
    public IReadOnlyList<string>? RebootInProgress { get; init; }

    /// <summary>Devices that rebooted.</summary>
    public IReadOnlyList<string>? Rebooted { get; init; }

    /// <summary>Devices that run the new firmware.</summary>
    public IReadOnlyList<string>? Upgraded { get; init; }

    /// <summary>Devices whose upgrade failed.</summary>
    public IReadOnlyList<string>? Failed { get; init; }

    /// <summary>Devices skipped because they already ran the version (unless forced).</summary>
    public IReadOnlyList<string>? Skipped { get; init; }

    /// <summary>Number of devices in the upgrade.</summary>
    public int? Total { get; init; }

    /// <summary>Every other field, as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
