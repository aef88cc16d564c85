using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// Clients follow their AP: when it restarts they leave it and associate with the next connected AP of the site
/// (by MAC, the same AP when it is the only one); when it goes offline or leaves the site they are disconnected.
/// Each move is a <c>CLIENT_DISASSOCIATION</c> and, when they land, a <c>CLIENT_ASSOCIATION</c> event.
/// </summary>
internal static class Roaming
{
    public static void ApRestarted(SqliteConnection c, DeviceRow ap, double now)
    {
        var clients = ClientStore.OnAp(c, ap.Id);
        if (clients.Count == 0)
        {
            return;
        }

        var target = NextAp(c, ap) ?? ap;
        foreach (var client in clients)
        {
            ActivityLog.ClientEvent(c, client, "CLIENT_DISASSOCIATION", $"Disassociated from {ap.Name ?? ap.Mac}: AP restarted", now);
            var moved = client with { ApId = target.Id, ApMac = target.Mac, AssocTime = now, LastSeen = now };
            ClientRow.Save(c, moved);
            ActivityLog.ClientEvent(c, moved, "CLIENT_ASSOCIATION", $"Associated with {target.Name ?? target.Mac}", now);
        }
    }

    public static void ApGone(SqliteConnection c, DeviceRow ap, double now, string reason)
    {
        foreach (var client in ClientStore.OnAp(c, ap.Id))
        {
            ActivityLog.ClientEvent(c, client, "CLIENT_DISASSOCIATION", $"Disassociated from {ap.Name ?? ap.Mac}: {reason}", now);
            ClientRow.Save(c, client with { Connected = false, LastSeen = now });
        }
    }

    private static DeviceRow? NextAp(SqliteConnection c, DeviceRow ap)
    {
        var peers = DeviceStore.Where(c, "site_id", ap.SiteId!)
            .Where(d => d.Type == "ap" && d.Connected && d.Id != ap.Id)
            .OrderBy(d => d.Mac, StringComparer.Ordinal)
            .ToList();
        return peers.FirstOrDefault(d => string.CompareOrdinal(d.Mac, ap.Mac) > 0) ?? peers.FirstOrDefault();
    }
}
