namespace Mist.Cli.Config;

/// <summary>One named set of credentials: a host, a token (or comma-separated pool) and an optional default org.</summary>
internal sealed record Profile
{
    public string? Host { get; init; }

    public string? Token { get; init; }

    public string? Org { get; init; }
}
