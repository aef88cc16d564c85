using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Output.Query;
using Mist.Cli.Terminal;

namespace Mist.Cli.Output;

/// <summary>What the user asked of the output, checked before anything is sent.</summary>
internal sealed record OutputOptions(OutputFormat Format, IReadOnlyList<string>? Fields, string? Query, bool Color, bool IsTty)
{
    /// <summary>With CSV, write text cells exactly (<c>--csv-raw</c>) instead of neutralising formulas.</summary>
    public bool CsvRaw { get; init; }

    /// <summary>Whether stderr's own lines (confirmations) may be coloured: stderr a terminal, no NO_COLOR or --no-color.</summary>
    public bool ErrorColor { get; init; }

    public static OutputOptions From(ParseResult parse, CliConsole console)
    {
        var format = parse.GetValue(GlobalOptions.Json) ? OutputFormat.Json : parse.GetValue(GlobalOptions.Output) ?? OutputFormat.Table;
        var fields = parse.GetValue(GlobalOptions.Fields) is { } text
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : null;
        if (fields is { Length: 0 })
        {
            throw CliException.Usage("--fields names no field.");
        }

        var query = parse.GetValue(GlobalOptions.Query);
        if (query is not null)
        {
            try
            {
                JmesQuery.Parse(query);
            }
            catch (JmesException e)
            {
                throw CliException.Usage($"--query is not a valid JMESPath expression: {e.Message}");
            }
        }

        var color = console.ColorAllowed && !parse.GetValue(GlobalOptions.NoColor);
        return new OutputOptions(format, fields, query, color, console.IsOutputTty) {
            CsvRaw = parse.GetValue(GlobalOptions.CsvRaw),
            ErrorColor = console.ErrorColorAllowed && !parse.GetValue(GlobalOptions.NoColor),
        };
    }

    /// <summary>Refuses <c>--fields</c> that the resource cannot have, listing the ones it can.</summary>
    public void Validate(ResourceView view)
    {
        if (Fields is null || view.AcceptsAnyField)
        {
            return;
        }

        var unknown = Fields.Where(f => !view.Fields.Contains(f.Split('.')[0])).ToList();
        if (unknown.Count > 0)
        {
            throw CliException.Usage(
                $"Unknown {view.Name} field{(unknown.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", unknown)}.",
                $"Fields of a {view.Name}: {string.Join(", ", view.Fields.Order(StringComparer.Ordinal))}.");
        }
    }
}
