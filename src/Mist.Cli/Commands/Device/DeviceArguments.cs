using System.CommandLine;

namespace Mist.Cli.Commands.Device;

/// <summary>The DEVICE argument and the <c>--type</c> filter shared by the device and inventory commands.</summary>
internal static class DeviceArguments
{
    public const string DeviceHelp = "Device id, MAC (any notation), serial or name.";

    public static Argument<string> Device() => new("device") { Description = DeviceHelp };

    public static Argument<string[]> Devices() => new("device") { Description = DeviceHelp + " Several may be given.", Arity = ArgumentArity.OneOrMore };

    public static Option<string?> Type()
    {
        var option = new Option<string?>("--type") { Description = "Device type: ap, switch, gateway or all (default: all)." };
        option.AcceptOnlyFromAmong("ap", "switch", "gateway", "all");
        return option;
    }

    /// <summary>The type to ask for: every type unless one was named (since API 2602 Mist lists only APs when not told).</summary>
    public static DeviceType TypeOrAll(string? value) => value is null ? DeviceType.All : new DeviceType(value);
}
