using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Web;

namespace Mist.Tests.Support;

/// <summary>
/// Serves <c>GET /orgs/{org_id}/sites</c> as numbered pages of <paramref name="total"/> sites, and counts how many
/// requests are in flight at once. <see cref="Hold"/> can keep a page's answer back (until a gate opens or the
/// request is cancelled), so tests control the order in which pages complete.
/// </summary>
public sealed class PagedSitesHandler(int total) : HttpMessageHandler
{
    private readonly ConcurrentQueue<int> _requested = new();
    private int _inFlight;
    private int _maxInFlight;
    private int _cancelled;

    /// <summary>Awaited before page N is answered; the token is the request's.</summary>
    public Func<int, CancellationToken, Task> Hold { get; set; } = static async (_, _) => await Task.Yield();

    /// <summary>The status page N is answered with; 200 unless set.</summary>
    public Func<int, HttpStatusCode> Status { get; set; } = _ => HttpStatusCode.OK;

    public IReadOnlyList<int> Requested => [.. _requested];

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Cancelled => Volatile.Read(ref _cancelled);

    public static string Name(int index) => $"site-{index:D6}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var page = int.Parse(query["page"] ?? "1", CultureInfo.InvariantCulture);
        var limit = int.Parse(query["limit"]!, CultureInfo.InvariantCulture);
        _requested.Enqueue(page);
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            await Hold(page, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        var status = Status(page);
        if (status != HttpStatusCode.OK)
        {
            return FakeMistHandler.Response(status, """{"detail":"page failed"}""");
        }

        var from = (page - 1) * limit;
        var count = Math.Clamp(total - from, 0, limit);
        var body = Json.Array(Enumerable.Range(from, count).Select(i => Json.Site(new Guid(i, 0, 0, new byte[8]), Name(i))));
        return FakeMistHandler.Response(
            HttpStatusCode.OK,
            body,
            ("X-Page-Limit", limit.ToString(CultureInfo.InvariantCulture)),
            ("X-Page-Page", page.ToString(CultureInfo.InvariantCulture)),
            ("X-Page-Total", total.ToString(CultureInfo.InvariantCulture)));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
