namespace Mist.Simulator.Wire;

/// <summary><c>const_country</c>.</summary>
internal sealed record CountryResponse(string Alpha2, int Numeric, string Name, bool Certified);
