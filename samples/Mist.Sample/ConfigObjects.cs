using Mist.Models;

namespace Mist.Sample;

/// <summary>
/// The README's configuration-object example: lists, creates, updates and deletes an org WLAN (in a WLAN template),
/// a site WLAN and an RF template through the typed collections. The integration tests run this file against the
/// simulator, and CI runs it in the sample app against the packed packages.
/// </summary>
public static class ConfigObjects
{
    /// <summary>Runs the example in <paramref name="orgId"/> and <paramref name="siteId"/>; returns what it did, one line a step.</summary>
    public static async Task<List<string>> RunAsync(MistClient client, Guid orgId, Guid siteId, CancellationToken cancellationToken = default)
    {
        var done = new List<string>();

        // README:start
        // An org WLAN lives in a WLAN template, which decides the sites it applies to.
        var template = await client.Orgs.WlanTemplates.CreateAsync(orgId, new Template { Name = "Branches" }, cancellationToken);
        var guest = await client.Orgs.Wlans.CreateAsync(
            orgId,
            new Wlan { Ssid = "Guest", TemplateId = template.Id, Auth = new WlanAuth { Type = "open" } },
            cancellationToken);
        done.Add($"created org WLAN {guest.Ssid} in template {template.Name}");

        // An update sends only the fields set on the object passed: Mist keeps the others.
        guest = await client.Orgs.Wlans.UpdateAsync(orgId, guest.Id!.Value, new Wlan { VlanEnabled = true, VlanId = 30 }, cancellationToken);
        done.Add($"updated org WLAN {guest.Ssid}: vlan {guest.VlanId}, auth {guest.Auth?.Type}");

        var corp = await client.Sites.Wlans.CreateAsync(siteId, new Wlan { Ssid = "Corp", HideSsid = true }, cancellationToken);
        done.Add($"created site WLAN {corp.Ssid}");

        var rf = await client.Orgs.RfTemplates.CreateAsync(
            orgId,
            new RfTemplate { Name = "Dense office", CountryCode = "FR", Band5 = new RftemplateRadioBand5 { PowerMin = 8, PowerMax = 17 } },
            cancellationToken);
        rf = await client.Orgs.RfTemplates.UpdateAsync(orgId, rf.Id!.Value, new RfTemplate { Band5 = new RftemplateRadioBand5 { PowerMin = 10, PowerMax = 17 } }, cancellationToken);
        done.Add($"RF template {rf.Name}: 5 GHz power {rf.Band5?.PowerMin}-{rf.Band5?.PowerMax} dBm, country {rf.CountryCode}");

        // Lists page through the whole collection, 1,000 objects a request.
        await foreach (var wlan in client.Orgs.Wlans.ListAsync(orgId).WithCancellation(cancellationToken))
        {
            done.Add($"org WLAN {wlan.Ssid} (template {wlan.TemplateId})");
        }

        await foreach (var wlan in client.Sites.Wlans.ListAsync(siteId).WithCancellation(cancellationToken))
        {
            done.Add($"site WLAN {wlan.Ssid}");
        }

        await client.Sites.Wlans.DeleteAsync(siteId, corp.Id!.Value, cancellationToken);
        await client.Orgs.Wlans.DeleteAsync(orgId, guest.Id!.Value, cancellationToken);
        await client.Orgs.WlanTemplates.DeleteAsync(orgId, template.Id!.Value, cancellationToken);
        await client.Orgs.RfTemplates.DeleteAsync(orgId, rf.Id!.Value, cancellationToken);
        done.Add("deleted both WLANs, the WLAN template and the RF template");

        // README:end
        return done;
    }
}
