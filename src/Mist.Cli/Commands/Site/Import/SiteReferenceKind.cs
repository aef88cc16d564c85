namespace Mist.Cli.Commands.Site.Import;

/// <summary>
/// An org object a site refers to by id (a template, a security policy, site groups), which a file may name instead:
/// <c>rftemplate_name</c> or <c>rftemplate_id</c> for the site field <c>rftemplate_id</c>.
/// </summary>
/// <param name="Prefix">The column prefix: <c>rftemplate</c> gives <c>rftemplate_name</c> and <c>rftemplate_id</c>.</param>
/// <param name="Field">The site field that holds the id (or ids).</param>
/// <param name="Path">The org's listing, under <c>/api/v1/orgs/{org_id}/</c>.</param>
/// <param name="Label">What to call one in a message.</param>
/// <param name="Many">Several per site (site groups: a comma list in one cell).</param>
internal sealed record SiteReferenceKind(string Prefix, string Field, string Path, string Label, bool Many = false)
{
    public static readonly SiteReferenceKind[] All =
    [
        new("rftemplate", "rftemplate_id", "rftemplates", "RF template"),
        new("aptemplate", "aptemplate_id", "aptemplates", "AP template"),
        new("networktemplate", "networktemplate_id", "networktemplates", "network (switch) template"),
        new("gatewaytemplate", "gatewaytemplate_id", "gatewaytemplates", "gateway (WAN edge) template"),
        new("sitetemplate", "sitetemplate_id", "sitetemplates", "site template"),
        new("alarmtemplate", "alarmtemplate_id", "alarmtemplates", "alarm template"),
        new("secpolicy", "secpolicy_id", "secpolicies", "security policy"),
        new("sitegroup", "sitegroup_ids", "sitegroups", "site group", Many: true),
    ];

    public string NameColumn => Many ? $"{Prefix}_names" : $"{Prefix}_name";

    public string IdColumn => Many ? $"{Prefix}_ids" : $"{Prefix}_id";
}
