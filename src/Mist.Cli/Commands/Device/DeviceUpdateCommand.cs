using System.CommandLine;
using Mist.Cli.Commands.Shared;
using Mist.Cli.Errors;
using Mist.Cli.Output;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Device;

/// <summary><c>mist device update DEVICE [--name N] [--notes T] [--set k=v]...</c>: sends only the fields given (Mist's PUT merges).</summary>
internal sealed class DeviceUpdateCommand : MistCommand
{
    // What identifies a device, or where it belongs, is not configuration: inventory commands move it between sites.
    private static readonly HashSet<string> s_fixed = new(StringComparer.Ordinal)
    {
        "id", "mac", "serial", "model", "type", "site_id", "org_id", "created_time", "modified_time",
    };

    private readonly Argument<string> _device = DeviceArguments.Device();
    private readonly Option<string?> _name = new("--name") { Description = "New device name." };
    private readonly Option<string?> _notes = new("--notes") { Description = "New notes (an empty value clears them)." };
    private readonly Option<string[]> _set = new("--set") { Description = "Any other field as key=value (the value is JSON when it parses as JSON). Repeatable." };

    public DeviceUpdateCommand(CliApp app)
        : base(app, "update", "Change a device's configuration; only the fields given are sent.")
    {
        Arguments.Add(_device);
        Options.Add(_name);
        Options.Add(_notes);
        Options.Add(_set);
    }

    protected override ResourceView View => ResourceView.Device;

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var deviceRef = DeviceReference.Check(context.Parse.GetRequiredValue(_device));
        var changes = Changes(context.Parse);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var (siteId, deviceId, item) = await session.GetAssignedDeviceAsync(deviceRef, cancellationToken).ConfigureAwait(false);
        var updated = await session.Client.Devices.UpdateAsync(siteId, deviceId, changes, cancellationToken).ConfigureAwait(false);
        context.Output.Success($"Updated device {updated.Name ?? item.Mac} ({string.Join(", ", changes.FieldNames)}).");
        context.Output.WriteItem(ModelJson.Object(updated, MistJsonContext.Default.Device), View);
        return ExitCodes.Success;
    }

    private DeviceUpdateOptions Changes(ParseResult parse)
    {
        var changes = new DeviceUpdateOptions();
        if (parse.GetValue(_name) is { } name)
        {
            changes.Name = InputParsers.NonEmpty(name, "--name");
        }

        if (parse.GetValue(_notes) is { } notes)
        {
            changes.Notes = notes;
        }

        foreach (var text in parse.GetValue(_set) ?? [])
        {
            var (key, value) = InputParsers.SetField(text);
            if (s_fixed.Contains(key))
            {
                throw CliException.Usage($"--set {key}: a device's {key} cannot be changed here.", key is "site_id" or "org_id"
                    ? "Move a device with `mist inventory assign DEVICE --site SITE` or `mist inventory unassign DEVICE`."
                    : null);
            }

            changes.Set(key, value);
        }

        return changes.IsEmpty
            ? throw CliException.Usage("Nothing to change: give at least one of --name, --notes or --set key=value.")
            : changes;
    }
}
