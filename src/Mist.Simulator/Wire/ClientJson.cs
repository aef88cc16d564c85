using System.Buffers;
using System.Text.Json;
using Mist.Simulator.State;

namespace Mist.Simulator.Wire;

/// <summary>
/// The two views of a wireless client: its live stats (<c>stats_wireless_client</c>: AP, band, channel, RSSI, SNR,
/// rates) and its search record (<c>client_wireless</c>: the lists of what it was seen with, and the latest of each).
/// </summary>
internal static class ClientJson
{
    public static byte[] Array(IEnumerable<ClientRow> rows, Action<Utf8JsonWriter, ClientRow> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                write(w, row);
            }

            w.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] One(ClientRow row, Action<Utf8JsonWriter, ClientRow> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w, row);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static Action<Utf8JsonWriter, ClientRow> Stats(double now) => (w, c) =>
    {
        // Traffic counters grow with the time associated, so two reads a minute apart differ as on a real AP.
        var seconds = Math.Max(0, now - c.AssocTime);
        var seed = Convert.ToUInt32(c.Mac[6..], 16);
        w.WriteStartObject();
        w.WriteString("mac", c.Mac);
        w.WriteString("site_id", c.SiteId);
        w.WriteString("ap_id", c.ApId);
        w.WriteString("ap_mac", c.ApMac);
        w.WriteString("wlan_id", c.WlanId);
        w.WriteString("ssid", c.Ssid);
        w.WriteString("band", c.Band);
        w.WriteNumber("channel", c.Channel);
        w.WriteString("proto", c.Band == "24" ? "n" : "ax");
        w.WriteString("key_mgmt", c.Username is null ? "WPA2-PSK/CCMP" : "WPA2-EAP/CCMP");
        w.WriteString("ip", c.Ip);
        w.WriteString("hostname", c.Hostname);
        if (c.Username is not null) w.WriteString("username", c.Username);
        w.WriteString("os", c.Os);
        w.WriteString("family", c.Os);
        w.WriteString("manufacture", c.Manufacture);
        w.WriteString("model", "");
        w.WriteBoolean("is_guest", c.Ssid.Contains("Guest", StringComparison.OrdinalIgnoreCase));
        w.WriteNumber("rssi", c.Rssi);
        w.WriteNumber("snr", c.Snr);
        w.WriteNumber("uptime", Math.Floor(seconds));
        w.WriteNumber("idle_time", seed % 10);
        w.WriteNumber("last_seen", c.Connected ? now : c.LastSeen);
        w.WriteNumber("tx_rate", c.Band == "24" ? 144.4 : 866.7);
        w.WriteNumber("rx_rate", c.Band == "24" ? 130 : 780);
        w.WriteNumber("tx_bps", seed % 50_000 + 1_000);
        w.WriteNumber("rx_bps", seed % 20_000 + 500);
        w.WriteNumber("tx_bytes", (long)(seconds * (seed % 50_000 + 1_000) / 8));
        w.WriteNumber("rx_bytes", (long)(seconds * (seed % 20_000 + 500) / 8));
        w.WriteNumber("tx_retries", seed % 97);
        w.WriteNumber("rx_retries", seed % 89);
        w.WriteEndObject();
    };

    public static void Search(Utf8JsonWriter w, ClientRow c)
    {
        w.WriteStartObject();
        w.WriteString("mac", c.Mac);
        w.WriteString("org_id", c.OrgId);
        w.WriteString("site_id", c.SiteId);
        List(w, "site_ids", c.SiteId);
        List(w, "ap", c.ApMac);
        w.WriteString("last_ap", c.ApMac);
        List(w, "ip", c.Ip);
        w.WriteString("last_ip", c.Ip);
        List(w, "hostname", c.Hostname);
        w.WriteString("last_hostname", c.Hostname);
        if (c.Username is not null)
        {
            List(w, "username", c.Username);
            w.WriteString("last_username", c.Username);
        }

        List(w, "ssid", c.Ssid);
        w.WriteString("last_ssid", c.Ssid);
        List(w, "wlan_id", c.WlanId);
        w.WriteString("last_wlan_id", c.WlanId);
        w.WriteString("band", c.Band);
        w.WriteString("protocol", c.Band == "24" ? "n" : "ax");
        List(w, "os", c.Os);
        w.WriteString("last_os", c.Os);
        w.WriteString("mfg", c.Manufacture);
        w.WriteBoolean("random_mac", false);
        w.WriteNumber("timestamp", c.LastSeen);
        w.WriteEndObject();
    }

    private static void List(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartArray(name);
        w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
