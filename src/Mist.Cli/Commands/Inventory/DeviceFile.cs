using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Inventory;

/// <summary>
/// The input of <c>inventory claim|assign|unassign|release --file</c>, checked whole before anything is sent, in either
/// of two forms. A list: one device a line (a MAC in any notation or a serial; for claim, a claim code). Or a CSV whose
/// header (with or without a leading <c>#</c>, as peer scripts write it) names columns <c>mac</c>, <c>serial</c>,
/// <c>claim_code</c>, <c>site_name</c> or <c>site_id</c>: one file, many sites. A file whose first line is a known column
/// name (<c>claim_code</c>, <c>mac</c>) is a CSV, so that header is never sent as a value.
/// </summary>
internal static class DeviceFile
{
    private static readonly string[] s_deviceColumns = ["mac", "serial", "name", "site_name", "site_id"];
    private static readonly string[] s_claimColumns = ["claim_code", "mac", "serial", "name", "site_name", "site_id"];

    private static readonly BulkColumns s_rules = new(
        new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = "claim_code", ["site"] = "site_name", ["serial_number"] = "serial" },
        new HashSet<string>(StringComparer.Ordinal) { "id", "org_id", "model", "type", "created_time", "modified_time" });

    public static IReadOnlyList<DeviceFileRow> Read(CliConsole console, string path, bool claim)
    {
        var text = BulkFile.ReadAll(console, path);
        var columns = claim ? s_claimColumns : s_deviceColumns;
        var problems = new InputProblems(path);
        var rows = IsTable(text, columns) ? ReadTable(console, text, columns, claim, problems) : ReadList(text, claim, problems);
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(1, claim
                ? "no claim code in the file (one a line, or a claim_code column; blank lines and lines starting with # are ignored)."
                : "no device in the file (a MAC or serial a line, or a mac or serial column; blank lines and lines starting with # are ignored).");
        }

        problems.ThrowIfAny();
        return claim ? [.. rows.DistinctBy(r => r.Code, StringComparer.Ordinal)] : [.. rows.DistinctBy(r => (r.Mac, r.Serial))];
    }

    /// <summary>A MAC when it looks like one (separators, or 12 hex digits), else a serial (letters and digits).</summary>
    public static (string? Mac, string? Serial) MacOrSerial(string value)
    {
        if (value.AsSpan().IndexOfAny(":-.") >= 0 || (value.Length == 12 && value.All(char.IsAsciiHexDigit)))
        {
            return (InputParsers.Mac(value), null);
        }

        return value.Length > 0 && value.All(char.IsAsciiLetterOrDigit)
            ? (null, value)
            : throw CliException.Usage($"'{value}' is neither a MAC address nor a serial number.");
    }

    private static bool IsTable(string text, string[] columns)
    {
        var first = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => l.Trim().Length > 0);
        var cells = first?.TrimStart().TrimStart('#').Split(',') ?? [];
        return cells.Any(c => s_rules.Recognises(columns, c));
    }

    private static List<DeviceFileRow> ReadList(string text, bool claim, InputProblems problems)
    {
        var rows = new List<DeviceFileRow>();
        var number = 0;
        foreach (var raw in text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (CsvReader.IsSkipped(raw))
            {
                continue;
            }

            var value = raw.Trim();
            var line = number;
            if (claim)
            {
                rows.Add(new DeviceFileRow(line, value, null, null, value, null));
            }
            else if (problems.Check(line, () => MacOrSerial(value)) is var (mac, serial) && (mac ?? serial) is not null)
            {
                rows.Add(new DeviceFileRow(line, value, mac, serial, null, null));
            }
        }

        return rows;
    }

    private static List<DeviceFileRow> ReadTable(CliConsole console, string text, string[] columns, bool claim, InputProblems problems)
    {
        var table = BulkTable.Parse(text, columns, problems, s_rules);
        table.WriteNotes(console);
        if (claim)
        {
            table.Require("claim_code", problems);
        }
        else
        {
            table.Require("mac", problems, alternative: "serial");
        }

        if (table.Has("site_name") && table.Has("site_id"))
        {
            problems.Add(table.HeaderLine, "columns site_name and site_id are both there; give one of them.");
        }

        if (table.Has("name"))
        {
            console.Error.WriteLine("Note: the name column is not used here (it names no device reliably); mist device rename --file sets names.");
        }

        var rows = new List<DeviceFileRow>();
        foreach (var row in table.Rows)
        {
            var macText = row.Get("mac");
            var mac = macText is null ? null : problems.Check(row.Line, () => InputParsers.Mac(macText));
            var serial = row.Get("serial");
            var code = row.Get("claim_code");
            var site = row.Get("site_name") ?? row.Get("site_id");
            if (claim ? code is null : macText is null && serial is null)
            {
                problems.Add(row.Line, claim ? "column claim_code is empty." : "no mac or serial: which device is it?");
                continue;
            }

            if (claim || mac is not null || macText is null)
            {
                rows.Add(new DeviceFileRow(row.Line, code ?? macText ?? serial!, mac, serial, code, site));
            }
        }

        return rows;
    }
}
