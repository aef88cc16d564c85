using System.CommandLine;

namespace Mist.Cli.Commands.Site;

/// <summary>The SITE argument shared by the site commands.</summary>
internal static class SiteArguments
{
    public static Argument<string> Site() => new("site") { Description = "Site id or name." };
}
