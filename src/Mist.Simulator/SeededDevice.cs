namespace Mist.Simulator;

/// <summary>A seeded device; <see cref="SiteId"/> is null when it is in the inventory but on no site.</summary>
/// <param name="Id">The device id, <c>00000000-0000-0000-1000-</c> followed by the MAC.</param>
/// <param name="Mac">The MAC address: 12 lowercase hex digits, no separators.</param>
/// <param name="Serial">The serial number.</param>
/// <param name="Name">The device's name; empty for a device in stock that was never named.</param>
/// <param name="Type"><c>ap</c>, <c>switch</c> or <c>gateway</c>.</param>
/// <param name="Model">The hardware model, such as <c>AP45</c>.</param>
/// <param name="OrgId">The id of the org whose inventory holds the device; empty when no org has claimed it.</param>
/// <param name="SiteId">The id of the site the device is assigned to; null when it is unassigned.</param>
/// <param name="ClaimCode">The claim code (activation code) printed on the device.</param>
public sealed record SeededDevice(
    string Id, string Mac, string Serial, string Name, string Type, string Model, string OrgId, string? SiteId, string ClaimCode);
