using System.CommandLine;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>
/// How a CSV-driven bulk command takes its file, the same in each: as its argument (<c>site import sites.csv</c>) or
/// with <c>--file</c> (<c>--file sites.csv</c>), the form the list-file commands (claim, assign, ...) use; <c>-</c>
/// reads standard input. Giving both, or neither, is a usage error.
/// </summary>
internal sealed class CsvFileInput
{
    private readonly Argument<string?> _argument;
    private readonly Option<string?> _option;
    private readonly string _columns;

    public CsvFileInput(string description, string columns)
    {
        _columns = columns;
        _argument = new("file") { Description = $"{description} (or --file FILE; - for stdin).", Arity = ArgumentArity.ZeroOrOne };
        _option = new("--file") { Description = "The same file, as an option." };
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_argument);
        command.Options.Add(_option);
    }

    public string PathOf(ParseResult parse) => (parse.GetValue(_argument), parse.GetValue(_option)) switch
    {
        ({ } argument, null) => argument,
        (null, { } option) => option,
        (not null, not null) => throw CliException.Usage("Give the file once: as the argument or with --file, not both."),
        _ => throw CliException.Usage($"A CSV file is required (FILE or --file FILE; - for stdin): {_columns}."),
    };
}
