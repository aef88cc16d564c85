namespace Mist.Tests.Support;

/// <summary>Small JSON fixtures in Mist's wire shape.</summary>
public static class Json
{
    public static string Site(Guid id, string name, string extra = "") =>
        $$"""{"id":"{{id}}","org_id":"{{TestClient.OrgId}}","name":"{{name}}","timezone":"Europe/Paris","country_code":"FR","created_time":1596588619.007,"modified_time":1596588620.5{{extra}}}""";

    public static string Device(string mac, string name) =>
        $$"""{"id":"00000000-0000-0000-1000-{{mac}}","mac":"{{mac}}","serial":"FXLH{{mac[..6].ToUpperInvariant()}}","model":"AP43","type":"ap","name":"{{name}}","site_id":"{{TestClient.SiteId}}","org_id":"{{TestClient.OrgId}}"}""";

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";
}
