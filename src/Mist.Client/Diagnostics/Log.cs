using Microsoft.Extensions.Logging;

namespace Mist;

/// <summary>The SDK's log messages. Every value passed here has already been redacted.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "→ {Method} {PathAndQuery} (attempt {Attempt})")]
    public static partial void Sending(ILogger logger, string method, string pathAndQuery, int attempt);

    [LoggerMessage(2, LogLevel.Debug, "← {Status} {Method} {PathAndQuery} in {ElapsedMs:0} ms (attempt {Attempt}, request id {RequestId})")]
    public static partial void Received(ILogger logger, int status, string method, string pathAndQuery, double elapsedMs, int attempt, string requestId);

    [LoggerMessage(3, LogLevel.Debug, "✗ {Method} {PathAndQuery} failed after {ElapsedMs:0} ms (attempt {Attempt}): {Error}")]
    public static partial void TransportFailed(ILogger logger, string method, string pathAndQuery, double elapsedMs, int attempt, string error);

    [LoggerMessage(4, LogLevel.Information, "Retrying {Method} {Path} after {Outcome} in {DelayMs:0} ms (attempt {NextAttempt} of {MaxAttempts})")]
    public static partial void Retrying(ILogger logger, string method, string path, string outcome, double delayMs, int nextAttempt, int maxAttempts);

    [LoggerMessage(5, LogLevel.Trace, "{Direction} headers: {Headers}")]
    public static partial void Headers(ILogger logger, string direction, string headers);

    [LoggerMessage(6, LogLevel.Trace, "{Direction} body ({Length} bytes): {Body}")]
    public static partial void Body(ILogger logger, string direction, int length, string body);

    [LoggerMessage(7, LogLevel.Information, "Waiting {DelayMs:0} ms for {Reason} before {Method} {Path}")]
    public static partial void Waiting(ILogger logger, double delayMs, MistWaitReason reason, string method, string path);
}
