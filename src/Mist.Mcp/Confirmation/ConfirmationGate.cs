using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>
/// Asks the person through elicitation when the client supports form elicitation: only an explicit "yes" goes ahead,
/// and a <c>confirm</c> argument cannot stand in for it. Otherwise the agent must repeat the target's name or id in
/// <c>confirm</c>, which makes it read back what it is about to destroy (gh's "type the name to confirm").
/// </summary>
internal sealed class ConfirmationGate(ILogger<ConfirmationGate> logger, MistMcpOptions options) : IConfirmationGate
{
    private const string Field = "confirm";

    public async ValueTask ConfirmAsync(McpServer server, ConfirmationRequest request, string? confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(request);
        if (SupportsFormElicitation(server.ClientCapabilities))
        {
            await ElicitAsync(server, request, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrWhiteSpace(confirm))
        {
            Log.Confirmation(logger, request.Sentence, "confirm argument missing");
            throw ToolErrors.Failed(
                $"Not done: to {request.Sentence}, call this tool again with the argument confirm set to {request.Expected}. " +
                $"{request.Consequence} Ask the user first. Nothing was changed.");
        }

        if (!request.Accepts(confirm))
        {
            Log.Confirmation(logger, request.Sentence, "confirm argument did not match");
            throw ToolErrors.Failed(
                $"Not done: confirm does not match {request.Target}; it must be {request.Expected}. Nothing was changed.");
        }

        Log.Confirmation(logger, request.Sentence, "confirmed by argument");
    }

    private async Task ElicitAsync(McpServer server, ConfirmationRequest request, CancellationToken cancellationToken)
    {
        // The person may never answer, or the client may answer with an error: either way nothing is done.
        using var timeout = new CancellationTokenSource(options.ConfirmationTimeout, options.TimeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ElicitResult result;
        try
        {
            result = await AskAsync(server, request, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.Confirmation(logger, request.Sentence, "no answer in time");
            throw ToolErrors.Failed(
                $"Not done: the user did not answer the request to {request.Sentence} within {options.ConfirmationTimeout.TotalSeconds:0} s. Nothing was changed.");
        }
        catch (McpException e)
        {
            Log.Confirmation(logger, request.Sentence, "the client failed to ask");
            throw ToolErrors.Failed(
                $"Not done: the client could not ask the user to confirm ({e.Message}), so {request.Target} was not confirmed. Nothing was changed.");
        }

        var yes = result.IsAccepted
            && result.Content is { } content
            && content.TryGetValue(Field, out var value)
            && value.ValueKind == JsonValueKind.True;
        if (yes)
        {
            Log.Confirmation(logger, request.Sentence, "accepted by the user");
            return;
        }

        var how = result.IsAccepted ? "did not confirm" : result.Action == "cancel" ? "cancelled" : "declined";
        Log.Confirmation(logger, request.Sentence, how);
        throw ToolErrors.Failed($"Not done: the user {how} the request to {request.Sentence}. Nothing was changed; do not retry without asking.");
    }

    private static async Task<ElicitResult> AskAsync(McpServer server, ConfirmationRequest request, CancellationToken cancellationToken) =>
        await server.ElicitAsync(
            new ElicitRequestParams
            {
                Message = $"An AI agent asks to {request.Sentence}. {request.Consequence} Allow it?",
                RequestedSchema = new ElicitRequestParams.RequestSchema
                {
                    Properties = new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>
                    {
                        [Field] = new ElicitRequestParams.BooleanSchema
                        {
                            Title = $"Yes, {request.Sentence}",
                            Description = $"Check to {request.Sentence}.",
                            Default = false,
                        },
                    },
                    Required = [Field],
                },
            },
            cancellationToken).ConfigureAwait(false);

    // Form elicitation is what we use; a client that declares only URL mode cannot show a yes/no form.
    private static bool SupportsFormElicitation(ClientCapabilities? capabilities) =>
        capabilities?.Elicitation is { } elicitation && (elicitation.Form is not null || elicitation.Url is null);
}
