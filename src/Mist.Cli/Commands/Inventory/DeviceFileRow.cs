namespace Mist.Cli.Commands.Inventory;

/// <summary>A checked row of an inventory file: how it names the device (MAC, serial or claim code) and, optionally, its site.</summary>
/// <param name="Line">The line in the file.</param>
/// <param name="Input">The device as written (the MAC, serial or code cell).</param>
/// <param name="Mac">The MAC, normalised, when given.</param>
/// <param name="Serial">The serial, when given.</param>
/// <param name="Code">The claim code, when given.</param>
/// <param name="Site">The row's site (an id or a name) when the file has a site column and the cell is filled.</param>
internal sealed record DeviceFileRow(int Line, string Input, string? Mac, string? Serial, string? Code, string? Site);
