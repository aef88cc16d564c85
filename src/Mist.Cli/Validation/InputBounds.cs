using System.Globalization;

namespace Mist.Cli;

/// <summary>
/// Bounds on what the command line may hand over, checked before parsing so that nothing is sent: any argument
/// (64 Ki characters, well above a JSON <c>--set</c> value), and a name given to look a site or device up (256,
/// as the SDK's own bound on names). Paths, query values and URL length are bounded by the SDK itself.
/// </summary>
internal static class InputBounds
{
    public const int MaxArgumentLength = 64 * 1024;

    public const int MaxNameLength = 256;

    public static string? FindOversized(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].Length > MaxArgumentLength)
            {
                var start = args[i].Length > 20 ? args[i][..20] + "..." : args[i];
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"Argument {i + 1} ('{start}') is {args[i].Length:N0} characters long; the limit is {MaxArgumentLength:N0}. Nothing was sent.");
            }
        }

        return null;
    }
}
