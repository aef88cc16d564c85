using System.Globalization;
using System.Text;

namespace Mist.Bench;

/// <summary>An inventory page in Mist's wire shape, with the fields the simulator sends for each device.</summary>
internal static class InventoryPage
{
    public static string Json(int count)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            var mac = (0x5c5b35000000L + i).ToString("x12", CultureInfo.InvariantCulture);
            json.Append(i == 0 ? string.Empty : ",");
            json.Append(CultureInfo.InvariantCulture, $$"""{"id":"00000000-0000-0000-1000-{{mac}}","mac":"{{mac}}","serial":"A0{{i:D8}}","model":"AP43","type":"ap","name":"ap-s{{i / 50:D4}}-{{i % 50:D3}}","site_id":"4ac1dcf4-9d8b-7211-65c4-0578{{i / 50:D8}}","org_id":"6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f","magic":"MAGIC{{i:D6}}","hw_rev":"B01","sku":"AP43-WW","connected":true,"deviceprofile_id":null,"jsi":false,"chassis_mac":null,"chassis_serial":null,"vc_mac":null,"created_time":1596588619,"modified_time":1596588620}""");
        }

        return json.Append(']').ToString();
    }
}
