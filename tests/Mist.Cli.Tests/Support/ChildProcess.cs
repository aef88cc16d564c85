using ModelContextProtocol.Client;

namespace Mist.Cli.Tests;

/// <summary>What the tests that start `mist mcp serve` as a child process share.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// A child `dotnet mist.dll` starts the runtime and seeds the embedded simulator before it answers; on a loaded
    /// CI machine running every test module at once that took over the SDK's 60 s default. A limit, not a wait.
    /// </summary>
    public static McpClientOptions ClientOptions => new() { InitializationTimeout = TimeSpan.FromMinutes(5) };
}
