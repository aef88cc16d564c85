namespace Mist.Simulator.Wire;

/// <summary>An <c>inventory_added</c> / <c>inventory_duplicated</c> item; <c>magic</c> is the claim code without dashes.</summary>
internal sealed record ClaimedItem(string Mac, string Magic, string Model, string Serial, string Type);
