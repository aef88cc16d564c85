using System.Globalization;

namespace Mist;

/// <summary>The <c>X-Page-Limit</c>, <c>X-Page-Page</c> and <c>X-Page-Total</c> headers of a page-number list.</summary>
/// <param name="Limit">Items per page.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Total">Items in the whole list. Not always equal to the rows returned (virtual chassis).</param>
public sealed record MistPageHeaders(int? Limit, int? Page, long? Total)
{
    internal static MistPageHeaders? FromResponse(MistResponse response)
    {
        var limit = ReadInt(response.GetHeader("X-Page-Limit"));
        var page = ReadInt(response.GetHeader("X-Page-Page"));
        var total = long.TryParse(response.GetHeader("X-Page-Total"), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : (long?)null;
        return limit is null && page is null && total is null ? null : new MistPageHeaders(limit, page, total);
    }

    private static int? ReadInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result) ? result : null;
}
