using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>What a write did (<c>deleted</c>, <c>restarted</c>, ...) and to which object.</summary>
internal sealed record ActionResult(string Done, JsonObject Target);
