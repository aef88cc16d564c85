namespace Mist.Simulator.Validation;

internal static class EmbeddedList
{
    /// <summary>Non-empty, non-comment lines of an embedded text resource.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(EmbeddedList).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
