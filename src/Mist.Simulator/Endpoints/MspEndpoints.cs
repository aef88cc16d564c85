using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/msps/{msp_id}/orgs</c>: the orgs of an MSP (no paging parameters in the spec).</summary>
internal static class MspEndpoints
{
    public static RouteGroupBuilder MapMsps(this RouteGroupBuilder api)
    {
        api.MapGet("/msps/{msp_id}/orgs", ListOrgs).WithName("listMspOrgs");
        return api;
    }

    private static IResult ListOrgs(string msp_id, HttpContext context, OrgStore orgs) =>
        ApiResults.JsonArray(orgs.ListByMsp(msp_id));
}
