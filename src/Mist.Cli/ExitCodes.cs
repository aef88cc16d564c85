namespace Mist.Cli;

/// <summary>The exit codes of every <c>mist</c> command: a contract that scripts and agents rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Success (including "nothing found" for list commands).</summary>
    public const int Success = 0;

    /// <summary>Failure: the API, the server or the network.</summary>
    public const int Failure = 1;

    /// <summary>Invalid usage or input; nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>Cancelled (Ctrl-C) or not confirmed.</summary>
    public const int Cancelled = 3;

    /// <summary>No credentials, or the API answered 401/403.</summary>
    public const int Auth = 4;

    /// <summary>What was named does not exist.</summary>
    public const int NotFound = 5;

    /// <summary>Partial success: some items of a bulk command failed, each listed.</summary>
    public const int Partial = 6;
}
