using System.CommandLine;
using Mist.Cli.Output;

namespace Mist.Cli;

/// <summary>The options every command accepts (the CLI contract in DESIGN.md).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Profile = new("--profile") { Description = "Profile to use from the config file (env MIST_PROFILE).", Recursive = true };

    public static readonly Option<string?> Host = new("--host") { Description = "Mist cloud (global01, eu, apac01, ...), host or URL (env MIST_HOST).", Recursive = true };

    public static readonly Option<string?> Org = new("--org") { Description = "Org id or name (exact, else case-insensitive when unique); optional when the token reaches one org (env MIST_ORG_ID).", Recursive = true };

    public static readonly Option<bool> Sim = new("--sim") { Description = "Use the embedded offline Mist simulator.", Recursive = true };

    public static readonly Option<OutputFormat?> Output = LowerCaseEnum.Create<OutputFormat>("--output", "-o", "Output format.");

    public static readonly Option<bool> Json = new("--json") { Description = "Same as -o json.", Recursive = true };

    public static readonly Option<string?> Fields = new("--fields") { Description = "Comma-separated fields to show (Mist's field names).", Recursive = true };

    public static readonly Option<string?> Query = new("--query") { Description = "JMESPath expression applied to the JSON result.", Recursive = true };

    public static readonly Option<bool> Yes = new("--yes", "-y") { Description = "Confirm destructive actions without a prompt.", Recursive = true };

    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the write requests that would be sent, and send none.", Recursive = true };

    public static readonly Option<bool> NoWait = new("--no-wait") { Description = "When the hourly API budget is spent, stop at once instead of waiting for it (up to an hour).", Recursive = true };

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Trace every request on stderr (secrets redacted).", Recursive = true };

    public static readonly Option<bool> NoColor = new("--no-color") { Description = "Never use colour (also NO_COLOR).", Recursive = true };

    public static readonly Option<bool> CsvRaw = new("--csv-raw")
    {
        Description = "With -o csv, write cells exactly as Mist returned them; by default a text cell starting with =, +, -, @, tab or CR gets a leading ' so a spreadsheet does not run it as a formula.",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [Profile, Host, Org, Sim, Output, Json, Fields, Query, Yes, DryRun, NoWait, Verbose, NoColor, CsvRaw];
}
