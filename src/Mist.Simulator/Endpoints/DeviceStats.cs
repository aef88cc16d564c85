using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Endpoints;

/// <summary>Filters of the device stats lists: <c>type</c> (default ap, <c>all</c>), <c>status</c> and <c>mac</c>.</summary>
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

        bool? connected;
        switch (Query.Get(request, "status") ?? "all")
        {
            case "all": connected = null; break;
            case "connected": connected = true; break;
            case "disconnected": connected = false; break;
            case var other:
                error = ApiResults.BadRequest($"invalid status: {other} (all, connected or disconnected)");
                return false;
        }

        filter = scope with { Types = types, Mac = mac, Connected = connected, Assigned = true };
        return true;
    }
}
