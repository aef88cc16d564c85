using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Mist.Simulator.State;

namespace Mist.Simulator.Http;

/// <summary>
/// The common parameters of the time-window searches (events, alarms, audit logs, clients): <c>limit</c>, the
/// <c>start</c>/<c>end</c>/<c>duration</c> window (default the last day), a <c>search_after</c> cursor and
/// <c>sort</c> on <c>timestamp</c> (the spec's default, ascending; <c>-timestamp</c> for newest first).
/// </summary>
internal static class TimedSearch
{
    public static bool TryParse(
        HttpRequest request, double now, string timeColumn, string tieColumn,
        out int limit, out SearchWindow window, out SearchCursor? after, out SearchOrder? order, out IResult? error)
    {
        order = null;
        after = null;
        window = default;
        if (!Query.TryGetLimit(request, out limit, out error) ||
            !SearchWindow.TryParse(request, now, out window, out error) ||
            !SearchResponse.TryGetCursor(request, out after, out error))
        {
            return false;
        }

        var sort = Query.Get(request, "sort") ?? "timestamp";
        if (sort.TrimStart('-') != "timestamp")
        {
            error = ApiResults.BadRequest($"invalid sort: {sort} (timestamp or -timestamp)");
            return false;
        }

        order = new SearchOrder(timeColumn, tieColumn, sort.StartsWith('-'));
        return true;
    }

    /// <summary>Rows whose time falls in the window (the end second included).</summary>
    public static SqlQuery InWindow(this SqlQuery query, string timeColumn, SearchWindow window) =>
        query.Where($"{timeColumn} >= @window_start AND {timeColumn} < @window_end", ("@window_start", window.Start), ("@window_end", window.End + 1));

    /// <summary>An envelope of stored JSON documents.</summary>
    public static IResult Respond(HttpRequest request, SearchWindow window, int limit, long total, SearchCursor? next, List<string> items) =>
        SearchResponse.Create(request, window, limit, total, next, w => WriteRaw(w, items));

    /// <summary>
    /// An envelope of the operations that page with <c>page</c> (the audit log, a client's events): <c>next</c> is the
    /// same query with the following page, absent on the last.
    /// </summary>
    public static IResult RespondPaged(HttpRequest request, SearchWindow window, int limit, int page, long total, List<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("results");
            WriteRaw(w, items);
            w.WriteNumber("start", window.Start);
            w.WriteNumber("end", window.End);
            w.WriteNumber("limit", limit);
            w.WriteNumber("page", page);
            w.WriteNumber("total", total);
            if ((long)page * limit < total)
            {
                w.WriteString("next", NextPage(request, window, limit, page + 1));
            }

            w.WriteEndObject();
        }

        return ApiResults.Json(buffer.WrittenSpan.ToArray());
    }

    private static void WriteRaw(Utf8JsonWriter w, List<string> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            w.WriteRawValue(item, skipInputValidation: true);
        }

        w.WriteEndArray();
    }

    private static string NextPage(HttpRequest request, SearchWindow window, int limit, int page)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            if (key is not ("page" or "start" or "end" or "limit" or "duration") && values.Count > 0)
            {
                parameters[key] = values[0] ?? "";
            }
        }

        parameters["start"] = window.Start.ToString(CultureInfo.InvariantCulture);
        parameters["end"] = window.End.ToString(CultureInfo.InvariantCulture);
        parameters["limit"] = limit.ToString(CultureInfo.InvariantCulture);
        parameters["page"] = page.ToString(CultureInfo.InvariantCulture);
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return $"{request.PathBase}{request.Path}?{query}";
    }
}
