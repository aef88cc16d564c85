using Microsoft.Data.Sqlite;

namespace Mist.Simulator.State;

/// <summary>
/// Clients follow their AP: when it restarts they leave it and associate with the next connected AP of the site
/// (by MAC, the same AP when it is the only one); when it goes offline or leaves the site they are disconnected.
/// Each move is a <c>CLIENT_DISASSOCIATION</c> and, when they land, a <c>CLIENT_ASSOCIATION</c> event. Clients also
/// roam on their own over simulated time (<see cref="Roam"/>, driven by <see cref="ClientRoamer"/>).
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

    /// <summary>
    /// Tick <paramref name="tick"/>'s roams: <paramref name="count"/> connected clients, a window that slides over them by
    /// MAC from tick to tick, each move to the next connected AP of its site (none when its AP is the only one) with a
    /// new signal, and a <c>CLIENT_REASSOCIATION</c> event.
    /// </summary>
    public static void Roam(SqliteConnection c, long tick, double at, int count)
    {
        using var total = c.CreateCommand();
        total.CommandText = "SELECT COUNT(*) FROM clients WHERE connected = 1";
        var connected = (long)total.ExecuteScalar()!;
        if (connected == 0)
        {
            return;
        }

        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {ClientRow.Columns} FROM clients WHERE connected = 1 ORDER BY mac LIMIT @count OFFSET @offset";
        command.Parameters.AddWithValue("@count", count);
        command.Parameters.AddWithValue("@offset", (long)((ulong)tick * (ulong)count % (ulong)connected));
        var clients = new List<ClientRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                clients.Add(ClientRow.Read(reader));
            }
        }

        foreach (var client in clients)
        {
            var peers = ConnectedAps(c, client.SiteId);
            var from = peers.FirstOrDefault(d => d.Id == client.ApId);
            var to = peers.Where(d => d.Id != client.ApId).FirstOrDefault(d => string.CompareOrdinal(d.Mac, client.ApMac) > 0)
                ?? peers.FirstOrDefault(d => d.Id != client.ApId);
            if (to is null)
            {
                continue;
            }

            // A signal of its own per client and tick, in the seed's range.
            var h = unchecked((Convert.ToUInt32(client.Mac[6..], 16) ^ (uint)tick) * 2654435761u);
            var rssi = -40 - (int)(h % 46);
            var moved = client with { ApId = to.Id, ApMac = to.Mac, Rssi = rssi, Snr = rssi + 95 - (int)((h >> 8) % 5), LastSeen = at };
            ClientRow.Save(c, moved);
            ActivityLog.ClientEvent(c, moved, "CLIENT_REASSOCIATION", $"Roamed from {from?.Name ?? client.ApMac} to {to.Name ?? to.Mac}", at);
        }
    }

    private static List<DeviceRow> ConnectedAps(SqliteConnection c, string siteId) =>
        [.. DeviceStore.Where(c, "site_id", siteId).Where(d => d.Type == "ap" && d.Connected).OrderBy(d => d.Mac, StringComparer.Ordinal)];

    private static DeviceRow? NextAp(SqliteConnection c, DeviceRow ap)
    {
        var peers = DeviceStore.Where(c, "site_id", ap.SiteId!)
            .Where(d => d.Type == "ap" && d.Connected && d.Id != ap.Id)
            .OrderBy(d => d.Mac, StringComparer.Ordinal)
            .ToList();
        return peers.FirstOrDefault(d => string.CompareOrdinal(d.Mac, ap.Mac) > 0) ?? peers.FirstOrDefault();
    }
}
