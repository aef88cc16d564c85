using System.Buffers;
using System.Text.Json;

namespace Mist.Simulator.Http;

/// <summary>
/// The common parameters of a count operation (<c>distinct</c> from its family, <c>limit</c> on the result rows,
/// the <c>start</c>/<c>end</c>/<c>duration</c> window) and its <c>response_count</c> answer:
/// <c>{distinct, start, end, limit, total, results: [{count, &lt;distinct&gt;: value}]}</c>, where <c>total</c> is
/// the number of distinct values (the rows before <c>limit</c>), as in mist-api.md's example.
/// </summary>
internal sealed record CountRequest(string Distinct, string Expression, int Limit, SearchWindow Window)
{
    public static bool TryParse(HttpRequest request, double now, CountFamily family, out CountRequest? count, out IResult? error)
    {
        count = null;
        var distinct = Query.Get(request, "distinct") ?? family.Default;
        if (!family.TryGet(distinct, out var expression))
        {
            error = ApiResults.BadRequest($"invalid distinct: {distinct} ({string.Join(", ", family.Names)})");
            return false;
        }

        if (!Query.TryGetLimit(request, out var limit, out error) ||
            !SearchWindow.TryParse(request, now, out var window, out error))
        {
            return false;
        }

        count = new CountRequest(distinct, expression, limit, window);
        return true;
    }

    public IResult Respond(List<(string Value, long Count)> rows, long total)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + rows.Count * 64);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("distinct", Distinct);
            w.WriteNumber("start", Window.Start);
            w.WriteNumber("end", Window.End);
            w.WriteNumber("limit", Limit);
            w.WriteNumber("total", total);
            w.WriteStartArray("results");
            foreach (var (value, n) in rows)
            {
                w.WriteStartObject();
                w.WriteNumber("count", n);
                // count_result's additionalProperties are strings: numbers and booleans are written as text too.
                w.WriteString(Distinct, value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return ApiResults.Json(buffer.WrittenSpan.ToArray());
    }
}
