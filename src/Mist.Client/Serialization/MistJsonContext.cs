using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// Source-generated JSON metadata for every wire type: no reflection, trimming- and AOT-safe. Optional fields are
/// read leniently: a value of an unexpected shape is read as null, so it costs that field and never the item or page.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(LenientGuidConverter), typeof(LenientDoubleConverter), typeof(LenientInt32Converter), typeof(LenientInt64Converter), typeof(LenientBooleanConverter),
        typeof(LenientDeviceTypeConverter), typeof(LenientStringConverter), typeof(LenientLatLngConverter),
        typeof(LenientGuidListConverter), typeof(LenientStringListConverter),
    ])]
[JsonSerializable(typeof(SelfInfo))]
[JsonSerializable(typeof(ApiUsage))]
[JsonSerializable(typeof(Org))]
[JsonSerializable(typeof(List<Org>))]
[JsonSerializable(typeof(OrgStats))]
[JsonSerializable(typeof(MistCount))]
[JsonSerializable(typeof(Site))]
[JsonSerializable(typeof(List<Site>))]
[JsonSerializable(typeof(SearchEnvelope<Site>))]
[JsonSerializable(typeof(SiteSetting))]
[JsonSerializable(typeof(LatLng))]
[JsonSerializable(typeof(Device))]
[JsonSerializable(typeof(List<Device>))]
[JsonSerializable(typeof(DeviceStats))]
[JsonSerializable(typeof(List<DeviceStats>))]
[JsonSerializable(typeof(FirmwareVersion))]
[JsonSerializable(typeof(List<FirmwareVersion>))]
[JsonSerializable(typeof(SiteUpgrade))]
[JsonSerializable(typeof(List<SiteUpgrade>))]
[JsonSerializable(typeof(UpgradeTargets))]
[JsonSerializable(typeof(OrgUpgrade))]
[JsonSerializable(typeof(OrgSiteUpgrade))]
[JsonSerializable(typeof(DeviceUpgradeResult))]
[JsonSerializable(typeof(DeviceSearchResult))]
[JsonSerializable(typeof(SearchEnvelope<DeviceSearchResult>))]
[JsonSerializable(typeof(OrgDeviceNames))]
[JsonSerializable(typeof(InventoryItem))]
[JsonSerializable(typeof(List<InventoryItem>))]
[JsonSerializable(typeof(SearchEnvelope<InventoryItem>))]
[JsonSerializable(typeof(ClaimResult))]
[JsonSerializable(typeof(InventoryChangeResult))]
[JsonSerializable(typeof(ReachableOrg))]
[JsonSerializable(typeof(List<ReachableOrg>))]
[JsonSerializable(typeof(MistTokenBudget))]
[JsonSerializable(typeof(List<MistTokenBudget>))]
[JsonSerializable(typeof(MistErrorBody))]
[JsonSerializable(typeof(List<JsonElement>))]
[JsonSerializable(typeof(SearchEnvelope<JsonElement>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
public sealed partial class MistJsonContext : JsonSerializerContext
{
}
