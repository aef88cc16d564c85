using System.Text.RegularExpressions;

namespace Mist.Cli.Errors;

/// <summary>
/// Parse errors in the user's terms. System.CommandLine names the .NET type a value failed to convert to
/// (<c>as expected type 'System.Nullable`1[System.Int32]'</c>), which tells a network engineer nothing; every option
/// and argument of every command goes through here, so <c>--vlan abc</c>, <c>--limit x</c> and the like all read
/// "'abc' is not a whole number (--vlan)."
/// </summary>
internal static partial class ParseErrorText
{
    public static string Friendly(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var symbol = match.Groups["symbol"].Value;
        return $"'{value}' is not {Expected(match.Groups["type"].Value)} ({symbol}).";
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("System.Int", StringComparison.Ordinal) || type.Contains("System.UInt", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("System.Double", StringComparison.Ordinal) || type.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("System.Guid", StringComparison.Ordinal) => "an id (a UUID)",
        _ when type.Contains("System.TimeSpan", StringComparison.Ordinal) => "a time span",
        _ => "a value it accepts",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<symbol>[^']*)' as expected type '(?<type>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
