namespace Mist.Cli.Commands.Inventory;

/// <summary>A device named on the command line and the inventory record it resolved to.</summary>
/// <param name="Input">What the user typed.</param>
/// <param name="Item">The device.</param>
internal sealed record InventoryTarget(string Input, InventoryItem Item)
{
    public string Mac => Item.Mac!;

    /// <summary>How to name the device to a person: its name, else its MAC.</summary>
    public string Label => Item.Name is { Length: > 0 } name ? name : Mac;

    /// <summary>The device for a sentence: its name and MAC, or its MAC alone.</summary>
    public string Description => Label == Mac ? Mac : $"{Label} ({Mac})";
}
