using System.Text;

namespace Mist.Mcp;

/// <summary>The server instructions: what the agent should know before its first call.</summary>
internal static class MistMcpInstructions
{
    /// <summary>What the agent is told about the embedded simulator: offline sample data, and where changes are kept.</summary>
    public static string SimulatorNote(MistMcpOptions options) =>
        "This server runs on the embedded Mist simulator: an offline Mist cloud with a sample org, sites and devices; nothing here touches a real network. " +
        (options.SimulatorStatePath is { } path
            ? $"Its state is kept in the SQLite file {path}: changes persist across restarts until `mist sim reset`. "
            : "Its state is in memory: changes vanish when the server stops. ") +
        "Configure a Mist API token (mist auth login, or MIST_API_TOKEN) to use a real Mist cloud.";

    public static string Build(MistMcpOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine("Tools for a Juniper Mist cloud account: orgs, sites, devices and the device inventory, plus api_get for any other read.");
        if (options.IsSimulator)
        {
            text.AppendLine(SimulatorNote(options));
        }

        text.AppendLine("Start with whoami: it names the token's orgs and roles and says whether writes are enabled.");
        text.AppendLine(
            "Identifiers: org takes an id or a name and may be left out when the token reaches exactly one org. " +
            "site takes an id or a name. device takes an id, a MAC address in any notation, a serial number or a name. " +
            "Names match exactly, then ignoring case when only one object fits; a miss names the nearest names. " +
            "A name that matches several objects is an error that lists them; retry with an id.");
        text.AppendLine(
            "Lists return one page (50 items by default, at most 200 via limit) with compact fields; pass fields=\"*\" or a list of names for more, " +
            "and next_cursor as cursor, with the same other arguments, for the next page.");
        text.AppendLine(options.AllowWrites
            ? "Writes are enabled."
            : "The server is read-only: no tool can change anything. Write tools appear only when the user starts the server with --allow-writes.");
        text.AppendLine(
            "Destructive tools (delete_site, unassign_devices, release_devices, restart_device, renames through update_site or update_device, " +
            "assign_devices with reassign) ask the user to confirm when the client supports elicitation; otherwise they do nothing until called " +
            "with confirm repeating the target's name or id (the MACs, for several devices). Always ask the user before passing confirm.");
        text.AppendLine("API errors come back as tool errors with the HTTP status and Mist's detail; a rate-limit wait is stated in the result.");
        if (!string.IsNullOrWhiteSpace(options.ServerInstructionsSuffix))
        {
            text.AppendLine(options.ServerInstructionsSuffix.Trim());
        }

        return text.ToString().TrimEnd();
    }
}
