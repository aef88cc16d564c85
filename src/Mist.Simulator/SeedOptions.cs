namespace Mist.Simulator;

/// <summary>Size of the seeded data set. Besides these orgs, one small "neighbour" org outside the MSP is always seeded.</summary>
public sealed class SeedOptions
{
    /// <summary>Orgs in the seeded MSP; the first is the primary org of the tokens.</summary>
    public int Orgs { get; set; } = 2;

    /// <summary>Sites in each MSP org.</summary>
    public int SitesPerOrg { get; set; } = 3;

    /// <summary>Claimed devices assigned to each site (about 90% APs, the rest switches and gateways).</summary>
    public int DevicesPerSite { get; set; } = 4;

    /// <summary>Claimed devices in each org's inventory that are on no site.</summary>
    public int UnassignedDevicesPerOrg { get; set; } = 3;

    /// <summary>Devices not claimed by any org yet; their claim codes are in <see cref="SeedSummary.UnclaimedCodes"/>.</summary>
    public int UnclaimedDevices { get; set; } = 5;

    /// <summary>
    /// Seeds WLANs (org WLANs through an org template applied to every other site, and a WLAN on each site) and wireless
    /// clients on the connected APs. Off by default, so data sets without them stay as they were.
    /// </summary>
    public bool Wireless { get; set; }

    /// <summary>Wireless clients seeded on each connected AP when <see cref="Wireless"/> is on (about 90% connected).</summary>
    public int ClientsPerAp { get; set; } = 3;

    /// <summary>
    /// Connected clients that roam to the next AP of their site every 5 minutes of the simulator's clock (a
    /// <c>CLIENT_REASSOCIATION</c> event each, a new signal), a different batch each time; 0 (the default): none.
    /// </summary>
    public int RoamsPerTick { get; set; }

    /// <summary>One org with 1,000 sites and 100,000 devices: the scale the simulator must handle.</summary>
    public static SeedOptions Large => new()
    {
        Orgs = 1,
        SitesPerOrg = 1000,
        DevicesPerSite = 100,
        UnassignedDevicesPerOrg = 20,
        UnclaimedDevices = 20,
    };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Orgs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(SitesPerOrg, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(DevicesPerSite);
        ArgumentOutOfRangeException.ThrowIfNegative(UnassignedDevicesPerOrg);
        ArgumentOutOfRangeException.ThrowIfNegative(UnclaimedDevices);
        ArgumentOutOfRangeException.ThrowIfNegative(ClientsPerAp);
        ArgumentOutOfRangeException.ThrowIfNegative(RoamsPerTick);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RoamsPerTick, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)Orgs * SitesPerOrg * DevicesPerSite * (Wireless ? ClientsPerAp : 0), 2_000_000L, nameof(ClientsPerAp));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)Orgs * SitesPerOrg * DevicesPerSite, 5_000_000L, nameof(DevicesPerSite));
    }
}
