using System.Text.RegularExpressions;

namespace Mist.Cli.Commands.Shared;

/// <summary>Shell-style name patterns for <c>--name</c>: <c>*</c> any run of characters, <c>?</c> one; case-insensitive.</summary>
internal static class Glob
{
    public static Func<string?, bool> Matcher(string? pattern)
    {
        if (pattern is null)
        {
            return _ => true;
        }

        var regex = new Regex(
            "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return name => name is not null && regex.IsMatch(name);
    }
}
