using System.Text.Json.Nodes;

namespace Mist.Simulator.Firmware;

/// <summary>
/// One device of an upgrade: what it runs, what it will run, whether it fails (drawn when the upgrade was created)
/// and when its download starts, in seconds after the upgrade's start.
/// </summary>
internal sealed record PlannedDevice(string Id, string Mac, string Model, string From, string To, bool Skip, bool Fail, double Offset)
{
    /// <summary>Set once its new version was written to the device.</summary>
    public bool Applied { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id, ["mac"] = Mac, ["model"] = Model, ["from"] = From, ["to"] = To,
        ["skip"] = Skip, ["fail"] = Fail, ["offset"] = Offset, ["applied"] = Applied,
    };

    public static PlannedDevice FromJson(JsonNode n) => new(
        (string)n["id"]!, (string)n["mac"]!, (string)n["model"]!, (string)n["from"]!, (string)n["to"]!,
        (bool)n["skip"]!, (bool)n["fail"]!, (double)n["offset"]!)
    {
        Applied = (bool)n["applied"]!,
    };
}
