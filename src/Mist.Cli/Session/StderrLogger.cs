using Microsoft.Extensions.Logging;

namespace Mist.Cli.Session;

/// <summary>The <c>--verbose</c> trace: the SDK's (already redacted) request log, one line per event, on stderr.</summary>
internal sealed class StderrLoggerProvider(TextWriter error) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            error.WriteLine(line);
        }
    }

    private sealed class StderrLogger(StderrLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write("[mist] " + formatter(state, exception));
            }
        }
    }
}
