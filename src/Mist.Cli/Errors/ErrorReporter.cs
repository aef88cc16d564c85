namespace Mist.Cli.Errors;

/// <summary>The one place where an exception becomes a message on stderr and an exit code.</summary>
internal static class ErrorReporter
{
    private const string LoginHint = "Check the token with `mist auth status`, or log in again with `mist auth login`.";

    /// <param name="exception">What went wrong.</param>
    /// <param name="noWait">Whether <c>--no-wait</c> was given: only then does a rate-limit hint mention it.</param>
    /// <remarks>No URI in the message keeps its user information (a proxy's password, for one).</remarks>
    public static (int ExitCode, string Message, string? Hint) Describe(Exception exception, bool noWait = false)
    {
        var (code, message, hint) = Classify(exception, noWait);
        return (code, UriRedaction.Strip(message), hint);
    }

    private static (int ExitCode, string Message, string? Hint) Classify(Exception exception, bool noWait) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message, cli.Hint),
        ArgumentException argument => (ExitCodes.Usage, StripParameter(argument), null),
        MistAuthenticationException auth => (ExitCodes.Auth, auth.Message, LoginHint),
        MistForbiddenException forbidden => (ExitCodes.Auth, forbidden.Message, "The token's privileges do not allow this (another org, or a read-only role)."),
        MistNotFoundException notFound => (ExitCodes.NotFound, notFound.Message, null),
        MistRateLimitException limited => (ExitCodes.Failure, limited.Message, RateLimitHint(limited, noWait)),
        MistException mist => (ExitCodes.Failure, mist.Message, null),
        OperationCanceledException => (ExitCodes.Cancelled, "Cancelled.", null),
        _ => (ExitCodes.Failure, $"Unexpected error: {exception.GetType().Name}: {exception.Message}", null),
    };

    private static string RateLimitHint(MistRateLimitException limited, bool noWait)
    {
        var when = limited.RetryAfter is { } wait
            ? wait < TimeSpan.FromMinutes(1) ? $"Try again in {Math.Ceiling(wait.TotalSeconds)} s" : $"Try again in {Math.Ceiling(wait.TotalMinutes)} min"
            : "Mist is throttling this token; try again later";
        return when + (noWait ? " (or leave out --no-wait to wait)" : string.Empty) + ", or add tokens to a pool (comma-separated MIST_API_TOKEN).";
    }

    // ArgumentException appends " (Parameter 'x')", which means nothing to a CLI user.
    private static string StripParameter(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message;
}
