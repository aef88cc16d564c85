using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;

namespace Mist.Cli.Commands.Org.Apply;

/// <summary>What apply does to one object.</summary>
internal static class ApplyAction
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Unchanged = "unchanged";

    /// <summary>The object exists in the target, differs, and <c>--on-conflict skip</c> leaves it as it is.</summary>
    public const string Skip = "skip";

    /// <summary>A device of the file that the target org does not hold: apply never claims devices.</summary>
    public const string Absent = "absent";

    /// <summary>A device the target holds in its inventory but not on a site: assigned to the file's site, then configured.</summary>
    public const string Assign = "assign";
}

/// <summary>
/// One object of the plan: what to do, where (its address in the target, which differs from the file's after a
/// rename), the fields to send in their normalised form (references as <c>@ref:address</c>, resolved to the target's
/// ids only when sent, since the objects they name may be created by an earlier step), and the field changes to show.
/// </summary>
internal sealed class ApplyStep
{
    public required string Action { get; init; }

    /// <summary>The kind of object (an entry of the file, or of the target for a delete).</summary>
    public required ConfigEntry Entry { get; init; }

    /// <summary>The address in the target (the file's, or the renamed one).</summary>
    public required string Address { get; init; }

    /// <summary>Steps run tier by tier, lowest first: an object's tier is above the tiers of what it refers to.</summary>
    public required int Tier { get; init; }

    /// <summary>The collection's operations, for org and site objects.</summary>
    public ConfigCollectionInfo? Collection { get; init; }

    /// <summary>The object's id in the target when it exists there.</summary>
    public string? TargetId { get; init; }

    /// <summary>The target site of a device (devices stay where they are in the target).</summary>
    public string? DeviceSiteId { get; init; }

    /// <summary>The fields to send (normalised), for creates and updates.</summary>
    public JsonObject Body { get; init; } = [];

    /// <summary>The changes, for the plan: the target's value (A) and the file's (B), secrets masked.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>The file's address of a device's site (<c>site/Paris</c>), for an assignment.</summary>
    public string? SiteAddress { get; init; }

    /// <summary>Why a skipped object is skipped, when it is not <c>--on-conflict skip</c>: a secret the file left out.</summary>
    public string? Reason { get; init; }

    public bool Writes => Action is ApplyAction.Create or ApplyAction.Update or ApplyAction.Delete or ApplyAction.Assign;
}
