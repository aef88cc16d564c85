using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>One privilege of an admin or token: a scope (msp, org, site, ...), a role and the object it applies to.</summary>
public sealed record Privilege
{
    /// <summary><c>msp</c>, <c>org</c>, <c>orggroup</c>, <c>site</c> or <c>sitegroup</c>.</summary>
    public string? Scope { get; init; }

    /// <summary><c>admin</c>, <c>write</c>, <c>read</c>, <c>helpdesk</c> or <c>installer</c>.</summary>
    public string? Role { get; init; }

    /// <summary>The org, for org and site scopes.</summary>
    public Guid? OrgId { get; init; }

    /// <summary>The site, for the site scope.</summary>
    public Guid? SiteId { get; init; }

    /// <summary>The MSP, for the msp scope.</summary>
    public Guid? MspId { get; init; }

    /// <summary>The name of the org, site or MSP the scope names.</summary>
    public string? Name { get; init; }

    /// <summary>The org's name.</summary>
    public string? OrgName { get; init; }

    /// <summary>The MSP's name.</summary>
    public string? MspName { get; init; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
