namespace Mist.Simulator.Wire;

/// <summary><c>api_usage</c>: calls made by this token in the current clock hour.</summary>
internal sealed record ApiUsageResponse(int RequestLimit, int Requests, double Seconds);
