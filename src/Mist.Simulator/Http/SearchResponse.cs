using System.Buffers;
using System.Text.Json;
using Mist.Simulator.State;

namespace Mist.Simulator.Http;

/// <summary>
/// The search envelope <c>{results, start, end, limit, total, next}</c>. <c>next</c> is a host-relative URL with the
/// full query string and a <c>search_after</c> cursor, as in the spec's example; it is absent on the last page.
/// </summary>
internal static class SearchResponse
{
    public static IResult Create(HttpRequest request, SearchWindow window, int limit, long total, SearchCursor? nextCursor, Action<Utf8JsonWriter> writeResults)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("results");
            writeResults(w);
            w.WriteNumber("start", window.Start);
            w.WriteNumber("end", window.End);
            w.WriteNumber("limit", limit);
            w.WriteNumber("total", total);
            if (nextCursor is not null)
            {
                w.WriteString("next", NextLink(request, window, limit, nextCursor));
            }

            w.WriteEndObject();
        }

        return ApiResults.Json(buffer.WrittenSpan.ToArray());
    }

    public static bool TryGetCursor(HttpRequest request, out SearchCursor? cursor, out IResult? error)
    {
        error = null;
        if (SearchCursor.TryDecode(Query.Get(request, "search_after"), out cursor))
        {
            return true;
        }

        error = ApiResults.BadRequest("invalid search_after");
        return false;
    }

    /// <summary>The <c>next</c> link of a search without a time window (inventory): the query with the cursor.</summary>
    public static string NextLink(HttpRequest request, int limit, SearchCursor cursor)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            if (key is not ("search_after" or "limit" or "page") && values.Count > 0)
            {
                parameters[key] = values[0] ?? "";
            }
        }

        parameters["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters["search_after"] = cursor.Encode();
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return $"{request.PathBase}{request.Path}?{query}";
    }

    private static string NextLink(HttpRequest request, SearchWindow window, int limit, SearchCursor cursor)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            if (key is not ("search_after" or "start" or "end" or "limit" or "duration") && values.Count > 0)
            {
                parameters[key] = values[0] ?? "";
            }
        }

        parameters["start"] = window.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters["end"] = window.End.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters["search_after"] = cursor.Encode();
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return $"{request.PathBase}{request.Path}?{query}";
    }
}
