using System.Text.RegularExpressions;

namespace Mist.Generator;

/// <summary>What the hand-written SDK already declares, so that generated names do not collide with it.</summary>
internal static partial class HandWritten
{
    /// <summary>The names of the types declared in the SDK's hand-written sources (everything outside <c>Generated/</c>).</summary>
    public static ISet<string> TypeNames(string sdkDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "Models" };
        foreach (var file in Directory.EnumerateFiles(sdkDirectory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sdkDirectory, file).Replace('\\', '/');
            if (relative.StartsWith("Generated/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Declaration().Matches(File.ReadAllText(file)))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex Declaration();
}
