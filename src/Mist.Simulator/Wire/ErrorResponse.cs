namespace Mist.Simulator.Wire;

/// <summary>Mist's error body for 400/401/403/404/405/413/429/5xx: <c>{"detail": "..."}</c>.</summary>
internal sealed record ErrorResponse(string Detail);
