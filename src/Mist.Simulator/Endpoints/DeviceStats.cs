using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>Filters of the device stats lists: <c>type</c> (default ap, <c>all</c>), <c>status</c> (comma-separated) and <c>mac</c>.</summary>
internal static class DeviceStats
{
    public static bool TryGetFilter(HttpRequest request, DeviceFilter scope, out DeviceFilter? filter, out IResult? error)
    {
        filter = null;
        if (!Query.TryGetTypes(request, "ap", allowAll: true, out var types, out error) ||
            !Query.TryGetMac(request, out var mac, out error))
        {
            return false;
        }

        // A comma-separated list: connected,disconnected is the same as all.
        var statuses = (Query.Get(request, "status") ?? "all").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (statuses.FirstOrDefault(s => s is not ("all" or "connected" or "disconnected")) is { } other)
        {
            error = ApiResults.BadRequest($"invalid status: {other} (all, connected or disconnected)");
            return false;
        }

        bool? connected = statuses.Contains("all") || statuses.Length == 0 || (statuses.Contains("connected") && statuses.Contains("disconnected"))
            ? null
            : statuses.Contains("connected");

        filter = scope with { Types = types, Mac = mac, Connected = connected, Assigned = true };
        return true;
    }
}
