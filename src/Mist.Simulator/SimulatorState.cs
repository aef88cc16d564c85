namespace Mist.Simulator;

/// <summary>
/// What the simulator holds now, read from its state (not from the seed): every org, site and device, so a user can
/// practise with real names, MACs and the claim codes that can still be claimed.
/// </summary>
/// <param name="Orgs">Every org, with its current counts of sites and inventory devices.</param>
/// <param name="Sites">Every site, ordered by org then name.</param>
/// <param name="Devices">Every device, claimed or not, ordered by MAC; <see cref="SeededDevice.OrgId"/> is empty for a device no org has claimed.</param>
public sealed record SimulatorState(IReadOnlyList<SeededOrg> Orgs, IReadOnlyList<SeededSite> Sites, IReadOnlyList<SeededDevice> Devices)
{
    /// <summary>The devices no org owns: their claim codes can be claimed (by any org the caller administers).</summary>
    public IEnumerable<SeededDevice> Claimable => Devices.Where(d => d.OrgId.Length == 0);
}
