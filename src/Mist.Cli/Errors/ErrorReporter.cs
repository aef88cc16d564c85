namespace Mist.Cli.Errors;

/// <summary>The one place where an exception becomes a message on stderr and an exit code.</summary>
internal static class ErrorReporter
{
    private const string LoginHint = "Check the token with `mist auth status`, or log in again with `mist auth login`.";

    public static (int ExitCode, string Message, string? Hint) Describe(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message, cli.Hint),
        ArgumentException argument => (ExitCodes.Usage, StripParameter(argument), null),
        MistAuthenticationException auth => (ExitCodes.Auth, auth.Message, LoginHint),
        MistForbiddenException forbidden => (ExitCodes.Auth, forbidden.Message, "The token's privileges do not allow this (another org, or a read-only role)."),
        MistNotFoundException notFound => (ExitCodes.NotFound, notFound.Message, null),
        MistRateLimitException limited => (ExitCodes.Failure, limited.Message, limited.RetryAfter is { } wait
            ? $"Try again in {Math.Ceiling(wait.TotalMinutes)} min (or leave out --no-wait to wait), or add tokens to a pool (comma-separated MIST_API_TOKEN)."
            : null),
        MistException mist => (ExitCodes.Failure, mist.Message, null),
        OperationCanceledException => (ExitCodes.Cancelled, "Cancelled.", null),
        _ => (ExitCodes.Failure, $"Unexpected error: {exception.GetType().Name}: {exception.Message}", null),
    };

    // ArgumentException appends " (Parameter 'x')", which means nothing to a CLI user.
    private static string StripParameter(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message;
}
