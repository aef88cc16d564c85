using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>Who the token belongs to (<c>GET /api/v1/self</c>): an admin, or for an org token its name, with privileges.</summary>
public sealed record SelfInfo
{
    /// <summary>The admin's id (absent for org tokens).</summary>
    public Guid? AdminId { get; init; }

    /// <summary>The admin's email (absent for org tokens).</summary>
    public string? Email { get; init; }

    /// <summary>The admin's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The admin's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The org token's name (org tokens only).</summary>
    public string? Name { get; init; }

    /// <summary>What the token may reach, and with which role.</summary>
    public IReadOnlyList<Privilege> Privileges { get; init => field = value ?? []; } = [];

    /// <summary>Fields this SDK does not model, kept so that nothing the server sent is lost.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
