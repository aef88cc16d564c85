using System.Text.Json.Nodes;

namespace Mist.Cli.Tests.Support;

/// <summary>What a command did: its exit code and everything it wrote.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonNode Json => JsonNode.Parse(Stdout) ?? throw new InvalidOperationException("stdout was JSON null.");

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
