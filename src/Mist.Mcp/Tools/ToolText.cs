namespace Mist.Mcp;

/// <summary>Argument descriptions shared by several tools, so the same argument reads the same everywhere.</summary>
internal static class ToolText
{
    public const string Site = "The site: its id or its name (exact, or ignoring case when only one site fits).";
    public const string Device = "The device: its id, MAC address (any notation), serial number, or name (exact, or ignoring case when only one fits).";
    public const string Macs = "The devices: MAC addresses in any notation (5c5b35000018, 5c:5b:35:00:00:18, ...) or serial numbers.";
    public const string Confirm =
        "Only when the MCP client cannot ask the user (no elicitation): repeat the target's name or id (for several devices, each one's MAC or the serial you named it by) " +
        "to confirm, after asking the user. Without it nothing is done. Ignored when the server can ask the user directly.";
    public const string Type = "Device type: ap, switch, gateway, or all (the default).";
}
