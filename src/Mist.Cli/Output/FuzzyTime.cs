namespace Mist.Cli.Output;

/// <summary>"3 minutes ago", "in 2 hours": how gh shows times to people.</summary>
internal static class FuzzyTime
{
    public static string Format(DateTimeOffset at, DateTimeOffset now)
    {
        var delta = now - at;
        var future = delta < TimeSpan.Zero;
        var span = future ? -delta : delta;
        var text = span switch
        {
            _ when span < TimeSpan.FromMinutes(1) => "less than a minute",
            _ when span < TimeSpan.FromHours(1) => Plural((int)span.TotalMinutes, "minute"),
            _ when span < TimeSpan.FromDays(1) => Plural((int)span.TotalHours, "hour"),
            _ when span < TimeSpan.FromDays(30) => Plural((int)span.TotalDays, "day"),
            _ when span < TimeSpan.FromDays(365) => Plural((int)(span.TotalDays / 30), "month"),
            _ => Plural((int)(span.TotalDays / 365), "year"),
        };
        return future ? "in " + text : text + " ago";
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
