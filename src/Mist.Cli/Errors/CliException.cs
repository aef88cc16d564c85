namespace Mist.Cli.Errors;

/// <summary>A failure the CLI reports as a message and an exit code, never as a stack trace.</summary>
internal class CliException(string message, int exitCode, string? hint = null) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>What the user can do about it, printed after the message.</summary>
    public string? Hint { get; } = hint;

    public static CliException Usage(string message, string? hint = null) => new(message, ExitCodes.Usage, hint);

    public static CliException NotFound(string message, string? hint = null) => new(message, ExitCodes.NotFound, hint);

    public static CliException Cancelled(string message) => new(message, ExitCodes.Cancelled);

    public static CliException Auth(string message, string? hint = null) => new(message, ExitCodes.Auth, hint);
}
