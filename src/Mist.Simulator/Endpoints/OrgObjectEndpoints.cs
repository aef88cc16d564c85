using Mist.Simulator.Auth;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// List (paged) and create for the org objects a site refers to by id: <c>site import</c> resolves their names with
/// one listing per kind, and <c>--create-sitegroups</c> creates site groups. Only <c>name</c> is checked.
/// </summary>
internal static class OrgObjectEndpoints
{
    /// <summary>The path segment under <c>/orgs/{org_id}/</c> and the operation name of its listing, from the spec.</summary>
    private static readonly (string Path, string ListName, string CreateName)[] s_kinds =
    [
        ("rftemplates", "listOrgRfTemplates", "createOrgRfTemplate"),
        ("aptemplates", "listOrgAptemplates", "createOrgAptemplate"),
        ("networktemplates", "listOrgNetworkTemplates", "createOrgNetworkTemplate"),
        ("gatewaytemplates", "listOrgGatewayTemplates", "createOrgGatewayTemplate"),
        ("sitetemplates", "listOrgSiteTemplates", "createOrgSiteTemplate"),
        ("alarmtemplates", "listOrgAlarmTemplates", "createOrgAlarmTemplate"),
        ("secpolicies", "listOrgSecPolicies", "createOrgSecPolicy"),
        ("sitegroups", "listOrgSiteGroups", "createOrgSiteGroup"),
    ];

    public static RouteGroupBuilder MapOrgObjects(this RouteGroupBuilder api)
    {
        foreach (var (path, listName, createName) in s_kinds)
        {
            api.MapGet($"/orgs/{{org_id}}/{path}", (string org_id, HttpContext context, Authorizer authorizer, OrgObjectStore store) =>
                List(path, org_id, context, authorizer, store)).WithName(listName);
            api.MapPost($"/orgs/{{org_id}}/{path}", (string org_id, HttpContext context, Authorizer authorizer, OrgObjectStore store, SimulatorRuntime runtime) =>
                CreateAsync(path, org_id, context, authorizer, store, runtime)).WithName(createName);
        }

        return api;
    }

    private static IResult List(string kind, string org_id, HttpContext context, Authorizer authorizer, OrgObjectStore store)
    {
        if (authorizer.Org(context, org_id, out _) is { } denied)
        {
            return denied;
        }

        if (!PageRequest.TryParse(context.Request, out var page, out var error))
        {
            return error!;
        }

        var (items, total) = store.Page(org_id, kind, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return ApiResults.JsonArray(items);
    }

    private static async Task<IResult> CreateAsync(string kind, string org_id, HttpContext context, Authorizer authorizer, OrgObjectStore store, SimulatorRuntime runtime)
    {
        if (authorizer.Org(context, org_id, out _) is { } denied)
        {
            return denied;
        }

        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (FieldCheck.String(body!, "name", nonEmpty: true) is { } invalid)
        {
            return ApiResults.BadRequest(invalid);
        }

        if (body!["name"] is null)
        {
            return ApiResults.BadRequest("name is required");
        }

        var now = runtime.Time.EpochSeconds();
        var item = body.DeepClone().AsObject();
        foreach (var owned in SiteFields.ServerOwned)
        {
            item.Remove(owned);
        }

        item["id"] = Guid.NewGuid().ToString();
        item["org_id"] = org_id;
        item["created_time"] = now;
        item["modified_time"] = now;
        store.Insert(kind, item);
        return ApiResults.Json(item);
    }
}
