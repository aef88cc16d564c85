using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// The org audit log at its live path <c>/orgs/{org_id}/logs/search</c> (<c>/orgs/{org_id}/logs</c> is gone):
/// filters <c>admin_name</c>, <c>message</c> (a substring), <c>site_id</c>; <c>sort</c> timestamp or -timestamp;
/// paged with <c>page</c> and a <c>next</c> link.
/// </summary>
internal static class AuditLogEndpoints
{
    public static RouteGroupBuilder MapAuditLogs(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/logs/search", Search).WithName("listOrgAuditLogs");
        return api;
    }

    private static IResult Search(string org_id, HttpContext context, DocumentSearch search, SimulatorRuntime runtime)
    {
        var request = context.Request;
        if (!PageRequest.TryParse(request, out var page, out var error) ||
            !SearchWindow.TryParse(request, runtime.Time.EpochSeconds(), out var window, out error))
        {
            return error!;
        }

        var sort = Query.Get(request, "sort") ?? "timestamp";
        if (sort.TrimStart('-') != "timestamp")
        {
            return ApiResults.BadRequest($"invalid sort: {sort} (timestamp or -timestamp)");
        }

        var query = Filter(org_id, request, window);
        var (items, total) = search.Page("audit_logs", query, new SearchOrder("timestamp", "rowid", sort.StartsWith('-')), page.Limit, page.Offset);
        return TimedSearch.RespondPaged(request, window, page.Limit, page.Page, total, items);
    }

    /// <summary>The search's filters and time window, shared with the audit log count.</summary>
    internal static SqlQuery Filter(string orgId, HttpRequest request, SearchWindow window)
    {
        var query = new SqlQuery().Where("org_id = @org_id", ("@org_id", orgId)).InWindow("timestamp", window);
        if (Query.Get(request, "admin_name") is { } admin) query.Where("admin_name = @admin", ("@admin", admin));
        if (Query.Get(request, "message") is { } message) query.Where("message LIKE @message", ("@message", $"%{message}%"));
        if (Query.Get(request, "site_id") is { } siteId) query.Where("site_id = @site_id", ("@site_id", siteId));
        return query;
    }
}
