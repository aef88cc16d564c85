using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>One token of a JMESPath expression: its kind, its text (names, strings, numbers) or literal value, and where it starts.</summary>
internal readonly record struct JmesToken(JmesTokenKind Kind, int Position, string? Text = null, JsonNode? Literal = null, int Number = 0);
