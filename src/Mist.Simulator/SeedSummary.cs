namespace Mist.Simulator;

/// <summary>What the seed created: ids and names to use in tests, demos and docs. Device and site lists are samples.</summary>
public sealed record SeedSummary
{
    /// <summary>The seed number: the same number gives the same ids, names, MACs and claim codes.</summary>
    public required int Seed { get; init; }

    /// <summary>The id of the MSP that owns the seeded orgs (reachable with <see cref="SeededTokens.Msp"/>).</summary>
    public required string MspId { get; init; }

    /// <summary>The MSP's name.</summary>
    public required string MspName { get; init; }

    /// <summary>The MSP's orgs; the first is the primary org.</summary>
    public required IReadOnlyList<SeededOrg> Orgs { get; init; }

    /// <summary>An org outside the MSP, reachable only with <see cref="SeededTokens.OtherOrg"/>.</summary>
    public required SeededOrg OtherOrg { get; init; }

    /// <summary>Up to 20 sites of each MSP org.</summary>
    public required IReadOnlyList<SeededSite> Sites { get; init; }

    /// <summary>Up to 20 devices of each MSP org, assigned ones first, then unassigned ones.</summary>
    public required IReadOnlyList<SeededDevice> Devices { get; init; }

    /// <summary>Claim codes of devices no org owns yet: a claim adds them.</summary>
    public required IReadOnlyList<string> UnclaimedCodes { get; init; }

    /// <summary>Up to 20 claim codes already in the primary org: a claim reports them as duplicated.</summary>
    public required IReadOnlyList<string> ClaimedCodes { get; init; }

    /// <summary>Claim codes owned by the neighbour org: a claim from another org reports an error.</summary>
    public required IReadOnlyList<string> OtherOrgCodes { get; init; }

    /// <summary>How many sites the MSP's orgs have in all (<see cref="Sites"/> is a sample of them).</summary>
    public required int TotalSites { get; init; }

    /// <summary>How many devices the seed created in all: on sites, unassigned, in the neighbour org and unclaimed.</summary>
    public required int TotalDevices { get; init; }

    /// <summary>The id of the primary org, the first of <see cref="Orgs"/>: the one the admin, write and read-only tokens reach.</summary>
    public string PrimaryOrgId => Orgs[0].Id;
}
