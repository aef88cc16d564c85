using System.Text.Json;
using System.Text.Json.Nodes;
using Mist.Simulator.Auth;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>
/// Alarms: org and site searches (<c>type</c>, <c>severity</c>, <c>group</c>, <c>acked</c>, <c>ack_admin_name</c>,
/// and <c>site_id</c> at org level) over the time window of their first occurrence, and acknowledgement of one
/// alarm or several (<c>{"alarm_ids": [...], "note"}</c>; unknown ids are ignored, as Mist does).
/// </summary>
internal static class AlarmEndpoints
{
    public static RouteGroupBuilder MapAlarms(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org_id}/alarms/search", (string org_id, HttpContext context, DocumentSearch search, SimulatorRuntime runtime) =>
            Search(new SqlQuery().Where("org_id = @org_id", ("@org_id", org_id)), context.Request, search, runtime, siteFilter: true)).WithName("searchOrgAlarms");
        api.MapGet("/sites/{site_id}/alarms/search", (string site_id, HttpContext context, DocumentSearch search, SimulatorRuntime runtime) =>
            Search(new SqlQuery().Where("site_id = @site_id", ("@site_id", site_id)), context.Request, search, runtime, siteFilter: false)).WithName("searchSiteAlarms");
        api.MapPost("/orgs/{org_id}/alarms/ack", (string org_id, HttpContext context, Database database, SimulatorRuntime runtime) =>
            AckManyAsync("org_id", org_id, context, database, runtime)).WithName("ackOrgMultipleAlarms");
        api.MapPost("/sites/{site_id}/alarms/ack", (string site_id, HttpContext context, Database database, SimulatorRuntime runtime) =>
            AckManyAsync("site_id", site_id, context, database, runtime)).WithName("AckSiteMultipleAlarms");
        api.MapPost("/sites/{site_id}/alarms/{alarm_id}/ack", AckOneAsync).WithName("ackSiteAlarm");
        return api;
    }

    private static IResult Search(SqlQuery query, HttpRequest request, DocumentSearch search, SimulatorRuntime runtime, bool siteFilter)
    {
        if (!TimedSearch.TryParse(request, runtime.Time.EpochSeconds(), "timestamp", "id", out var limit, out var window, out var after, out var order, out var error) ||
            !TryFilter(query, request, window, siteFilter, out error))
        {
            return error!;
        }

        var (items, next, total) = search.Run("alarms", query, order!, after, limit);
        return TimedSearch.Respond(request, window, limit, total, next, items);
    }

    /// <summary>The search's filters and time window, shared with the alarm counts.</summary>
    internal static bool TryFilter(SqlQuery query, HttpRequest request, SearchWindow window, bool siteFilter, out IResult? error)
    {
        if (!Query.TryGetBool(request, "acked", out var acked, out error))
        {
            return false;
        }

        query.InWindow("timestamp", window);
        if (siteFilter && Query.Get(request, "site_id") is { } siteId) query.Where("site_id = @site_filter", ("@site_filter", siteId));
        if (Query.Get(request, "type") is { } types) query.WhereIn("type", Split(types));
        if (Query.Get(request, "severity") is { } severities) query.WhereIn("severity", Split(severities));
        if (Query.Get(request, "group") is { } groups) query.WhereIn("grp", Split(groups));
        if (acked is not null) query.Where("acked = @acked", ("@acked", acked.Value ? 1 : 0));
        if (Query.Get(request, "ack_admin_name") is { } admin) query.Where("ack_admin_name = @admin", ("@admin", admin));
        return true;
    }

    private static async Task<IResult> AckManyAsync(string scopeColumn, string scopeId, HttpContext context, Database database, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!["alarm_ids"] is not JsonArray array || array.Any(id => id?.GetValueKind() != JsonValueKind.String))
        {
            return ApiResults.BadRequest("alarm_ids: a list of alarm ids is required");
        }

        var note = body["note"]?.GetValueKind() == JsonValueKind.String ? (string?)body["note"] : null;
        var ids = array.Select(id => (string)id!).ToList();
        Ack(scopeColumn, scopeId, ids, note, context, database, runtime);
        return ApiResults.Ok();
    }

    private static async Task<IResult> AckOneAsync(string site_id, string alarm_id, HttpContext context, Database database, SimulatorRuntime runtime)
    {
        var (body, error) = await RequestBody.ReadAsync(context.Request, optional: true, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var note = body?["note"]?.GetValueKind() == JsonValueKind.String ? (string?)body["note"] : null;
        return Ack("site_id", site_id, [alarm_id], note, context, database, runtime).Count == 0 ? ApiResults.NotFound() : ApiResults.Ok();
    }

    private static List<string> Ack(string scopeColumn, string scopeId, IReadOnlyList<string> ids, string? note, HttpContext context, Database database, SimulatorRuntime runtime)
    {
        var token = Caller.From(context).Token;
        var now = runtime.Time.EpochSeconds();
        var orgId = scopeColumn == "org_id" ? scopeId : (string)ScopeFilter.Site(context)["org_id"]!;
        return database.Write(c =>
        {
            var acked = ActivityLog.Ack(c, scopeColumn, scopeId, ids, token, note, now);
            if (acked.Count > 0)
            {
                ActivityLog.Audit(c, orgId, scopeColumn == "site_id" ? scopeId : null, token, $"Acknowledged alarms {string.Join(", ", acked)}", now);
            }

            return acked;
        });
    }

    private static string[] Split(string values) => values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
