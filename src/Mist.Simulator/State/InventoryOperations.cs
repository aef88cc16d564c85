using Microsoft.Data.Sqlite;
using Mist.Simulator.Wire;

namespace Mist.Simulator.State;

/// <summary>Claim, assign, unassign and delete, each request in one write transaction, with Mist's per-item outcome.</summary>
internal sealed class InventoryOperations(Database database)
{
    public InventoryAddResponse Claim(string orgId, IReadOnlyList<string> codes, double now) => database.Write(c =>
    {
        List<string> added = [], duplicated = [], errors = [], reasons = [];
        List<ClaimedItem> inventoryAdded = [], inventoryDuplicated = [];
        foreach (var code in codes)
        {
            var magic = code.Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
            var device = DeviceStore.Where(c, "magic", magic).FirstOrDefault();
            if (device is null)
            {
                errors.Add(code);
                reasons.Add($"invalid claim code: {code}");
            }
            else if (device.OrgId == orgId)
            {
                duplicated.Add(code);
                inventoryDuplicated.Add(Item(device));
            }
            else if (device.OrgId is not null)
            {
                errors.Add(code);
                reasons.Add($"belongs to another org ('{device.OrgId}' (other) != '{orgId}' (you))");
            }
            else
            {
                DeviceStore.Save(c, device with { OrgId = orgId, SiteId = null, CreatedTime = now, ModifiedTime = now });
                added.Add(code);
                inventoryAdded.Add(Item(device));
            }
        }

        return new InventoryAddResponse(added, duplicated, errors, reasons, inventoryAdded, inventoryDuplicated);
    });

    public InventoryChangeResponse Assign(string orgId, string siteId, IReadOnlyList<string> macs, bool noReassign, double now) =>
        ForEach("assign", orgId, macs, "mac", now, (device, c) =>
        {
            if (device.SiteId == siteId)
            {
                return null;
            }

            if (device.SiteId is not null && noReassign)
            {
                return $"already assigned to site {device.SiteId}";
            }

            if (device.SiteId is not null)
            {
                Left(c, device, now);
            }

            var assigned = device with { SiteId = siteId, Locating = false, ModifiedTime = now };
            DeviceStore.Save(c, assigned);
            ActivityLog.DeviceEvent(c, assigned, "ASSIGNED", $"Assigned to site {siteId}", now);
            return null;
        });

    public InventoryChangeResponse Unassign(string orgId, IReadOnlyList<string> macs, double now) =>
        ForEach("unassign", orgId, macs, "mac", now, (device, c) =>
        {
            if (device.SiteId is not null)
            {
                Left(c, device, now);
                DeviceStore.Save(c, device with { SiteId = null, Locating = false, ModifiedTime = now });
            }

            return null;
        });

    /// <summary>Removes devices from the org (unassigning them first); their claim codes can be claimed again.</summary>
    public InventoryChangeResponse Delete(string orgId, IReadOnlyList<string> macs, IReadOnlyList<string> serials, double now)
    {
        static string? Release(DeviceRow device, SqliteConnection c, double now)
        {
            if (device.SiteId is not null)
            {
                Left(c, device, now);
            }

            DeviceStore.Save(c, device with { OrgId = null, SiteId = null, Name = null, Locating = false, Config = "{}", ModifiedTime = now });
            return null;
        }

        var byMac = ForEach("delete", orgId, macs, "mac", now, (d, c) => Release(d, c, now));
        var bySerial = ForEach("delete", orgId, serials, "serial", now, (d, c) => Release(d, c, now));
        return new InventoryChangeResponse("delete", [.. byMac.Success, .. bySerial.Success], [.. byMac.Error, .. bySerial.Error], [.. byMac.Reason, .. bySerial.Reason]);
    }

    private InventoryChangeResponse ForEach(
        string op, string orgId, IReadOnlyList<string> keys, string column, double now, Func<DeviceRow, SqliteConnection, string?> apply) =>
        database.Write(c =>
        {
            List<string> success = [], errors = [], reasons = [];
            foreach (var key in keys)
            {
                var device = DeviceStore.Where(c, column, key).FirstOrDefault(d => d.OrgId == orgId);
                var reason = device is null ? $"{column} {key} is not in the org inventory" : apply(device, c);
                if (reason is null)
                {
                    success.Add(key);
                }
                else
                {
                    errors.Add(key);
                    reasons.Add(reason);
                }
            }

            return new InventoryChangeResponse(op, success, errors, reasons);
        });

    private static ClaimedItem Item(DeviceRow d) => new(d.Mac, d.Magic, d.Model, d.Serial, d.Type);

    /// <summary>A device leaving its site: an UNASSIGNED event there, its clients disconnected, its alarms resolved.</summary>
    private static void Left(SqliteConnection c, DeviceRow device, double now)
    {
        ActivityLog.DeviceEvent(c, device, "UNASSIGNED", $"Unassigned from site {device.SiteId}", now);
        Roaming.ApGone(c, device, now, "AP unassigned");
        ActivityLog.ClearDeviceAlarm(c, device.Id, ActivityLog.DeviceDown, now);
    }
}
