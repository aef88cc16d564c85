namespace Mist.Cli.Commands.Device.Rename;

/// <summary>A checked row of a rename file: the device (by MAC, normalised, or serial), its new name, and notes if given.</summary>
internal sealed record DeviceRenameRow(int Line, string? Mac, string? Serial, string Name, string? Notes)
{
    /// <summary>The device as the file named it.</summary>
    public string Device => Mac ?? Serial!;
}
