using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Device.Rename;

/// <summary>
/// Reads and checks a whole rename file (columns <c>mac</c> or <c>serial</c>, <c>name</c>, optionally <c>notes</c>)
/// before anything is sent. Any problem: exit 2, all listed.
/// </summary>
internal static class DeviceRenameFile
{
    public static readonly string[] Columns = ["mac", "serial", "name", "notes"];

    public static (IReadOnlyList<DeviceRenameRow> Rows, bool HasNotes) Read(CliConsole console, string path)
    {
        var problems = new InputProblems(path);
        var table = BulkTable.Parse(BulkFile.ReadAll(console, path), Columns, problems);
        table.WriteNotes(console);
        table.Require("mac", problems, alternative: "serial");
        table.Require("name", problems);
        var rows = new List<DeviceRenameRow>();
        foreach (var row in table.Rows)
        {
            var macText = row.Get("mac");
            var mac = macText is null ? null : problems.Check(row.Line, () => Validation.InputParsers.Mac(macText));
            var serial = row.Get("serial");
            var name = row.Get("name");
            if (macText is null && serial is null)
            {
                problems.Add(row.Line, "no mac or serial: which device is it?");
            }

            if (name is null)
            {
                problems.Add(row.Line, "the name is missing.");
            }

            if ((mac is not null || (macText is null && serial is not null)) && name is not null)
            {
                rows.Add(new DeviceRenameRow(row.Line, mac, mac is null ? serial : null, name, row.GetRaw("notes")));
            }
        }

        foreach (var twice in rows.GroupBy(r => r.Device, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var row in twice.Skip(1))
            {
                problems.Add(row.Line, $"device {twice.Key} is named more than once (lines {string.Join(", ", twice.Select(r => r.Line))}).");
            }
        }

        problems.ThrowIfAny();
        return (rows, table.Has("notes"));
    }
}
