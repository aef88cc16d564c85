using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Device;

/// <summary>An action on one device at its site (restart, locate, unlocate): resolve, confirm if destructive, send, report.</summary>
internal abstract class DeviceActionCommand : MistCommand
{
    private readonly Argument<string> _device = DeviceArguments.Device();

    protected DeviceActionCommand(CliApp app, string name, string description)
        : base(app, name, description)
    {
        Arguments.Add(_device);
    }

    /// <summary>The action's name in results: <c>restart</c>, <c>locate</c>, ...</summary>
    protected abstract string ActionName { get; }

    /// <summary>Whether the user must confirm (typing the device's name, or <c>--yes</c>).</summary>
    protected virtual bool IsDestructive => false;

    /// <summary>The past tense for the success line, such as "Restarted".</summary>
    protected abstract string Done { get; }

    protected abstract Task SendAsync(MistClient client, Guid siteId, Guid deviceId, CancellationToken cancellationToken);

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var deviceRef = DeviceReference.Check(context.Parse.GetRequiredValue(_device));
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var (siteId, deviceId, item) = await session.GetAssignedDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        var label = item.Name is { Length: > 0 } name ? $"{name} ({item.Mac})" : item.Mac;
        if (IsDestructive)
        {
            await context.ConfirmAsync($"{ActionName} device {label}", item.Name is { Length: > 0 } ? item.Name : item.Mac!, cancellationToken).ConfigureAwait(false);
        }

        await SendAsync(session.Client, siteId, deviceId, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"{Done} device {label}.");
        if (item.Connected == false)
        {
            // Mist accepts the command for a disconnected device; the device only acts on it once it reconnects.
            context.Output.Notice($"Warning: device {label} is disconnected: nothing happens until it reconnects to the Mist cloud.");
        }

        if (context.Output.Options.Format != OutputFormat.Table)
        {
            context.Output.WriteItem(
                new JsonObject
                {
                    ["id"] = deviceId.ToString(),
                    ["mac"] = item.Mac,
                    ["name"] = item.Name,
                    ["site_id"] = siteId.ToString(),
                    ["action"] = ActionName,
                },
                ResourceView.Any);
        }

        return ExitCodes.Success;
    }
}
