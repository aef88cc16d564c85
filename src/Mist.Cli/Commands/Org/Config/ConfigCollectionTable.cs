namespace Mist.Cli.Commands.Org.Config;

/// <summary>
/// One configuration-object collection an org export holds: its key in the document (the path segment), the SDK's
/// operations for it, and the field that names its objects (how two orgs' objects are matched).
/// </summary>
internal sealed record ConfigCollectionInfo(string Key, MistConfigOperations Operations, string NameField = "name");

/// <summary>
/// The org's and each site's configuration collections, taken from the SDK's generated clients (every one of them
/// is either here or in <see cref="Excluded"/>, which a test checks), in dependency order: a collection comes after
/// the ones its objects refer to (site groups and templates before WLANs), which is the order apply creates them in.
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

    public static IReadOnlyList<ConfigCollectionInfo> Org(MistClient client)
    {
        var orgs = client.Orgs;
        return
        [
            new("sitegroups", orgs.SiteGroups.Operations),
            new("alarmtemplates", orgs.AlarmTemplates.Operations),
            new("rftemplates", orgs.RfTemplates.Operations),
            new("networks", orgs.Networks.Operations),
            new("services", orgs.Services.Operations),
            new("nactags", orgs.NacTags.Operations),
            new("wxtags", orgs.WxTags.Operations),
            new("avprofiles", orgs.AntivirusProfiles.Operations),
            new("idpprofiles", orgs.IdpProfiles.Operations),
            new("aamwprofiles", orgs.AdvancedAntiMalwareProfiles.Operations),
            new("secintelprofiles", orgs.SecIntelProfiles.Operations),
            new("vpns", orgs.Vpns.Operations),
            new("mxclusters", orgs.MxClusters.Operations),
            new("mxedges", orgs.MxEdges.Operations),
            new("mxtunnels", orgs.MxTunnels.Operations),
            new("wxtunnels", orgs.WxTunnels.Operations),
            new("secpolicies", orgs.SecurityPolicies.Operations),
            new("servicepolicies", orgs.ServicePolicies.Operations),
            new("aptemplates", orgs.ApTemplates.Operations),
            new("networktemplates", orgs.NetworkTemplates.Operations),
            new("gatewaytemplates", orgs.GatewayTemplates.Operations),
            new("sitetemplates", orgs.SiteTemplates.Operations),
            new("deviceprofiles", orgs.DeviceProfiles.Operations),
            new("evpn_topologies", orgs.EvpnTopologies.Operations),
            new("templates", orgs.WlanTemplates.Operations),
            new("wlans", orgs.Wlans.Operations, "ssid"),
            new("wxrules", orgs.WxRules.Operations),
            new("nacrules", orgs.NacRules.Operations),
            new("nacportals", orgs.NacPortals.Operations),
            new("psks", orgs.Psks.Operations),
            new("pskportals", orgs.PskPortals.Operations),
            new("webhooks", orgs.Webhooks.Operations),
            new("ssos", orgs.Ssos.Operations),
            new("ssoroles", orgs.SsoRoles.Operations),
            new("sdktemplates", orgs.SdkTemplates.Operations),
            new("assetfilters", orgs.AssetFilters.Operations),
            new("assets", orgs.Assets.Operations),
        ];
    }

    public static IReadOnlyList<ConfigCollectionInfo> Site(MistClient client)
    {
        var sites = client.Sites;
        return
        [
            new("maps", sites.Maps.Operations),
            new("zones", sites.Zones.Operations),
            new("rssizones", sites.RssiZones.Operations),
            new("beacons", sites.Beacons.Operations),
            new("vbeacons", sites.VBeacons.Operations),
            new("assetfilters", sites.AssetFilters.Operations),
            new("assets", sites.Assets.Operations),
            new("evpn_topologies", sites.EvpnTopologies.Operations),
            new("wxtags", sites.WxTags.Operations),
            new("wxtunnels", sites.WxTunnels.Operations),
            new("wxrules", sites.WxRules.Operations),
            new("wlans", sites.Wlans.Operations, "ssid"),
            new("psks", sites.Psks.Operations),
            new("webhooks", sites.Webhooks.Operations),
        ];
    }
}
