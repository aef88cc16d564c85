namespace Mist;

/// <summary>One device's MAC and name, from the org-wide name list.</summary>
/// <param name="Mac">The MAC address.</param>
/// <param name="Name">The device's name.</param>
public sealed record OrgDeviceName(string? Mac, string? Name);
