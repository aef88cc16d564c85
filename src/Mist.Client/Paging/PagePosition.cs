using System.Globalization;

namespace Mist;

/// <summary>
/// Where a numbered page sits in a list whose total is known: enough to name every page after it up front, so
/// they can be fetched concurrently. <paramref name="TokenPrefix"/> is put before the page number to make the
/// continuation token of the pager that made the page.
/// </summary>
internal readonly record struct PagePosition(int Number, int Limit, long Total, string TokenPrefix)
{
    /// <summary>A position when the server reported a total, else <see langword="null"/> (pages must then be followed one by one).</summary>
    public static PagePosition? From(MistPageHeaders? headers, int page, int requestedLimit, string tokenPrefix = "")
    {
        var limit = headers?.Limit is int l and > 0 ? l : requestedLimit;
        return headers?.Total is { } total && page >= 1 && limit > 0 ? new PagePosition(page, limit, total, tokenPrefix) : null;
    }

    /// <summary>The continuation tokens of the pages after this one, up to the last the total implies (page × limit ≥ total).</summary>
    public IEnumerable<string> FollowingTokens()
    {
        var last = (Total + Limit - 1) / Limit;
        for (long n = Number + 1; n <= last && n <= int.MaxValue; n++)
        {
            yield return TokenPrefix + n.ToString(CultureInfo.InvariantCulture);
        }
    }
}
