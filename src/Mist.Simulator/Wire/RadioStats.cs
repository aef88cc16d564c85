using System.Text.Json;

namespace Mist.Simulator.Wire;

/// <summary>
/// An AP's <c>radio_stat</c>: 2.4 GHz and 5 GHz radios with channel, width (MHz), power (dBm), noise floor (dBm),
/// utilisation (percent) and clients, stable per MAC and splitting the AP's clients between the bands.
/// </summary>
internal static class RadioStats
{
    private static readonly int[] s_channels24 = [1, 6, 11];
    private static readonly int[] s_channels5 = [36, 44, 52, 100, 116, 149, 157];

    public static void Write(Utf8JsonWriter w, string mac, int clients)
    {
        var n = Convert.ToUInt32(mac[6..], 16);
        var on24 = clients / 3;
        w.WriteStartObject("radio_stat");
        Band(w, "band_24", mac, s_channels24[n % 3], 20, 8 + (int)(n % 6), on24, -95 + (int)(n % 7), 10 + (int)(n % 40));
        Band(w, "band_5", mac, s_channels5[n % 7], 80, 14 + (int)(n % 6), clients - on24, -100 + (int)(n % 9), 5 + (int)(n % 30));
        w.WriteEndObject();
    }

    private static void Band(Utf8JsonWriter w, string name, string mac, int channel, int bandwidth, int power, int clients, int noise, int util)
    {
        w.WriteStartObject(name);
        w.WriteString("mac", mac);
        w.WriteNumber("channel", channel);
        w.WriteNumber("bandwidth", bandwidth);
        w.WriteNumber("power", power);
        w.WriteNumber("num_clients", clients);
        w.WriteNumber("noise_floor", noise);
        w.WriteNumber("util_all", util);
        w.WriteEndObject();
    }
}
