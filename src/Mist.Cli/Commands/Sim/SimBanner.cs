using System.Text;
using Mist.Simulator;

namespace Mist.Cli.Commands.Sim;

/// <summary>What <c>mist sim serve</c> prints: where it listens, what it serves, and the tokens to use.</summary>
internal static class SimBanner
{
    public static string Render(MistSimulator simulator, string? statePath)
    {
        var seed = simulator.Seed;
        var tokens = simulator.Tokens;
        var (sites, devices) = simulator.CountState();
        var text = new StringBuilder()
            .AppendLine($"Mist simulator listening on {simulator.BaseAddress}")
            .AppendLine($"  state: {statePath ?? "in memory"}; seed {seed.Seed}; {sites} sites, {devices} devices")
            .AppendLine($"  primary org: {seed.Orgs[0].Name} ({seed.PrimaryOrgId}); MSP {seed.MspName} ({seed.MspId})")
            .AppendLine("Tokens (send as \"Authorization: Token <key>\"):")
            .AppendLine($"  admin       {tokens.Admin}   org admin")
            .AppendLine($"  write       {tokens.Write}   org write")
            .AppendLine($"  read-only   {tokens.ReadOnly}   org read")
            .AppendLine($"  other-org   {tokens.OtherOrg}   admin of {seed.OtherOrg.Name} only")
            .AppendLine($"  msp         {tokens.Msp}   MSP admin")
            .AppendLine($"  site        {tokens.SiteScoped}   admin of one site")
            .AppendLine($"Try: curl -H \"Authorization: Token {tokens.Admin}\" {simulator.BaseAddress}api/v1/self")
            .AppendLine(simulator.ControlSecret is { } secret
                ? $"Controls (/__sim/reset, seed, faults, counters) need: -H \"X-Mist-Sim-Secret: {secret}\" (and JSON for writes)"
                : "Controls: /__sim/reset, seed, faults, counters")
            .Append("Press Ctrl-C to stop.");
        return text.ToString();
    }
}
