using System.CommandLine;
using Mist.Cli.Errors;

namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>The options every bulk command shares, and the client settings a bulk run needs.</summary>
internal static class BulkOptions
{
    public const int DefaultConcurrency = 4;
    public const int MaxConcurrency = 16;


    public static Option<int> Concurrency() => new("--concurrency")
    {
        Description = $"Requests in flight at once, 1 to {MaxConcurrency}; the hourly rate budget applies to all of them.",
        DefaultValueFactory = _ => DefaultConcurrency,
    };

    public static int ConcurrencyOf(ParseResult parse, Option<int> option)
    {
        var value = parse.GetValue(option);
        return value is >= 1 and <= MaxConcurrency
            ? value
            : throw CliException.Usage($"--concurrency must be between 1 and {MaxConcurrency}, not {value}.");
    }
}
