namespace Mist.Cli.Commands.Org.Config;

/// <summary>
/// One configuration-object collection an org export holds: its key in the document (the path segment), the SDK's
/// operations for it, and the field that names its objects (how two orgs' objects are matched).
/// </summary>
internal sealed record ConfigCollectionInfo(string Key, MistConfigOperations Operations, string NameField = "name");

/// <summary>
/// The org's and each site's configuration collections, taken from the SDK's generated operations (every collection
/// of the generated clients is either here or in <see cref="Excluded"/>, which a test checks), in dependency order: a
/// collection comes after the ones its objects refer to (site groups and templates before WLANs), which is the order
/// apply creates them in. Operations, not the typed collections: export and apply handle objects as JSON, and a typed
/// collection would make Native AOT keep its models, which every start of the binary pays for.
/// </summary>
internal static class ConfigCollectionTable
{
    /// <summary>The collections left out of an export, with the reason the documentation gives.</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["orgs/apitokens"] = "an API token's key is shown once at creation and cannot be re-created: a copy would be a different token",
        ["orgs/marvisinvites"] = "a Marvis invitation is a one-time code bound to the org that issued it",
        ["orgs/sdkinvites"] = "an SDK invitation is a one-time code bound to the org that issued it",
        ["sites/rfdiags"] = "an RF diagnostic is a recording of the site's radio activity, not configuration",
    };

    public static IReadOnlyList<ConfigCollectionInfo> Org()
    {
        return
        [
            new("sitegroups", MistConfigOperations.Orgs.SiteGroups),
            new("alarmtemplates", MistConfigOperations.Orgs.AlarmTemplates),
            new("rftemplates", MistConfigOperations.Orgs.RfTemplates),
            new("networks", MistConfigOperations.Orgs.Networks),
            new("services", MistConfigOperations.Orgs.Services),
            new("nactags", MistConfigOperations.Orgs.NacTags),
            new("wxtags", MistConfigOperations.Orgs.WxTags),
            new("avprofiles", MistConfigOperations.Orgs.AntivirusProfiles),
            new("idpprofiles", MistConfigOperations.Orgs.IdpProfiles),
            new("aamwprofiles", MistConfigOperations.Orgs.AdvancedAntiMalwareProfiles),
            new("secintelprofiles", MistConfigOperations.Orgs.SecIntelProfiles),
            new("vpns", MistConfigOperations.Orgs.Vpns),
            new("mxclusters", MistConfigOperations.Orgs.MxClusters),
            new("mxedges", MistConfigOperations.Orgs.MxEdges),
            new("mxtunnels", MistConfigOperations.Orgs.MxTunnels),
            new("wxtunnels", MistConfigOperations.Orgs.WxTunnels),
            new("secpolicies", MistConfigOperations.Orgs.SecurityPolicies),
            new("servicepolicies", MistConfigOperations.Orgs.ServicePolicies),
            new("aptemplates", MistConfigOperations.Orgs.ApTemplates),
            new("networktemplates", MistConfigOperations.Orgs.NetworkTemplates),
            new("gatewaytemplates", MistConfigOperations.Orgs.GatewayTemplates),
            new("sitetemplates", MistConfigOperations.Orgs.SiteTemplates),
            new("deviceprofiles", MistConfigOperations.Orgs.DeviceProfiles),
            new("evpn_topologies", MistConfigOperations.Orgs.EvpnTopologies),
            new("templates", MistConfigOperations.Orgs.WlanTemplates),
            new("wlans", MistConfigOperations.Orgs.Wlans, "ssid"),
            new("wxrules", MistConfigOperations.Orgs.WxRules),
            new("nacrules", MistConfigOperations.Orgs.NacRules),
            new("nacportals", MistConfigOperations.Orgs.NacPortals),
            new("psks", MistConfigOperations.Orgs.Psks),
            new("pskportals", MistConfigOperations.Orgs.PskPortals),
            new("webhooks", MistConfigOperations.Orgs.Webhooks),
            new("ssos", MistConfigOperations.Orgs.Ssos),
            new("ssoroles", MistConfigOperations.Orgs.SsoRoles),
            new("sdktemplates", MistConfigOperations.Orgs.SdkTemplates),
            new("assetfilters", MistConfigOperations.Orgs.AssetFilters),
            new("assets", MistConfigOperations.Orgs.Assets),
        ];
    }

    public static IReadOnlyList<ConfigCollectionInfo> Site()
    {
        return
        [
            new("maps", MistConfigOperations.Sites.Maps),
            new("zones", MistConfigOperations.Sites.Zones),
            new("rssizones", MistConfigOperations.Sites.RssiZones),
            new("beacons", MistConfigOperations.Sites.Beacons),
            new("vbeacons", MistConfigOperations.Sites.VBeacons),
            new("assetfilters", MistConfigOperations.Sites.AssetFilters),
            new("assets", MistConfigOperations.Sites.Assets),
            new("evpn_topologies", MistConfigOperations.Sites.EvpnTopologies),
            new("wxtags", MistConfigOperations.Sites.WxTags),
            new("wxtunnels", MistConfigOperations.Sites.WxTunnels),
            new("wxrules", MistConfigOperations.Sites.WxRules),
            new("wlans", MistConfigOperations.Sites.Wlans, "ssid"),
            new("psks", MistConfigOperations.Sites.Psks),
            new("webhooks", MistConfigOperations.Sites.Webhooks),
        ];
    }
}
