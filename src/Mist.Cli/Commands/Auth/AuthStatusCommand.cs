using System.Globalization;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Auth;

/// <summary>
/// <c>mist auth status</c>: where commands go and as whom: the host, where the credential comes from, the orgs
/// the token reaches, Mist's count of its calls this hour and this client's remaining budget. Never the token.
/// </summary>
internal sealed class AuthStatusCommand(CliApp app)
    : MistCommand(app, "status", "Show the host, the identity, where the credential comes from, reachable orgs and API usage.")
{
    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var client = session.Client;
        var self = await client.Self.GetAsync(cancellationToken).ConfigureAwait(false);
        var orgs = await client.Self.ListOrgsAsync(cancellationToken).ConfigureAwait(false);
        var usage = await client.Self.GetUsageAsync(cancellationToken).ConfigureAwait(false);
        var budget = client.GetRateBudget();
        var host = session.Simulator?.BaseAddress ?? session.Target.Cloud.BaseAddress;

        var status = new JsonObject
        {
            ["host"] = host.ToString(),
            ["cloud"] = session.IsSimulator ? "simulator" : session.Target.Cloud.Name,
            ["simulator"] = session.IsSimulator,
            ["credential_source"] = session.Target.Source,
            ["user"] = AuthIdentity.ToJson(self),
            ["orgs"] = AuthIdentity.ToJson(orgs),
            ["usage"] = new JsonObject { ["requests"] = usage.Requests, ["request_limit"] = usage.RequestLimit },
            ["client_budget"] = new JsonArray([.. budget.Select(b => (JsonNode)new JsonObject
            {
                ["token"] = b.Index + 1,
                ["limit"] = b.Limit,
                ["used"] = b.Used,
                ["remaining"] = b.Remaining,
                ["resets_at"] = b.ResetsAt?.ToString("O", CultureInfo.InvariantCulture),
            })]),
        };

        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(status, ResourceView.Any);
            return ExitCodes.Success;
        }

        var output = context.Output;
        output.WriteText($"Host:        {(session.IsSimulator ? "embedded Mist simulator, " + host : AuthProfiles.Describe(session.Target.Cloud))}");
        output.WriteText($"Credential:  {session.Target.Source}");
        output.WriteText($"Logged in:   {AuthProfiles.Who(self)}");
        output.WriteText(orgs.Count == 0 ? "Orgs:        none" : $"Orgs:        {orgs.Count}");
        foreach (var org in orgs)
        {
            output.WriteText($"  {org.Name}  {org.Id}  {org.Role} ({org.Scope})");
        }

        output.WriteText($"API usage:   {usage.Requests?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {usage.RequestLimit?.ToString(CultureInfo.InvariantCulture) ?? "?"} calls this hour (Mist's count for this token)");
        foreach (var b in budget)
        {
            var which = budget.Count > 1 ? $" (token {b.Index + 1} of {budget.Count})" : string.Empty;
            output.WriteText(b.Remaining is { } left
                ? $"Budget:      {left} of {b.Limit} calls left in this process{which}, resets {b.ResetsAt:HH:mm} UTC"
                : $"Budget:      client-side budget off{which}");
        }

        return ExitCodes.Success;
    }
}
