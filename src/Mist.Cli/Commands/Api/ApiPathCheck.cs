using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// Mist's top-level collections (<c>orgs/{org_id}</c>, <c>sites/{site_id}</c>, <c>msps/{msp_id}</c>) take ids only.
/// A name typed there would only come back as a 404 after a call; refusing it first says what to do instead.
/// </summary>
internal static class ApiPathCheck
{
    public static void RequireIds(string apiPath)
    {
        var segments = apiPath["/api/v1/".Length..].Split('/');
        if (segments.Length < 2 || Guid.TryParse(segments[1], out _))
        {
            return;
        }

        var (what, find) = segments[0] switch
        {
            "orgs" => ("an org id (or {org_id} for the current org)", "mist org list"),
            "sites" => ("a site id", "mist site list"),
            "msps" => ("an MSP id", "mist auth status"),
            _ => (null, null),
        };
        if (what is not null)
        {
            throw CliException.Usage(
                $"'{Uri.UnescapeDataString(segments[1])}' is not a UUID: {segments[0]}/... takes {what} here.",
                $"Find it with `{find} -o json`.");
        }
    }
}
