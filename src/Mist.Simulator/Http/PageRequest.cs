using System.Globalization;

namespace Mist.Simulator.Http;

/// <summary><c>limit</c> (default 100, capped at 1000) and 1-based <c>page</c>, answered with <c>X-Page-*</c> headers.</summary>
internal readonly record struct PageRequest(int Limit, int Page)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public int Offset => (int)Math.Min(int.MaxValue, (long)(Page - 1) * Limit);

    public static bool TryParse(HttpRequest request, out PageRequest page, out IResult? error)
    {
        page = default;
        if (!Query.TryGetLimit(request, out var limit, out error) ||
            !Query.TryGetInt(request, "page", 1, 1, out var number, out error))
        {
            return false;
        }

        page = new PageRequest(limit, number);
        return true;
    }

    public void WriteHeaders(HttpResponse response, long total)
    {
        response.Headers["X-Page-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Page-Page"] = Page.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Page-Total"] = total.ToString(CultureInfo.InvariantCulture);
    }
}
