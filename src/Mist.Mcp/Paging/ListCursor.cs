namespace Mist.Mcp;

/// <summary>The inside of an opaque cursor: which list, which arguments, where the SDK continues, at what page size.</summary>
/// <param name="T">The tool that issued it.</param>
/// <param name="Q">A fingerprint of the arguments that shape the list, so a cursor cannot continue another list.</param>
/// <param name="K">The SDK's continuation token.</param>
/// <param name="N">The page size, kept because page numbers only make sense at one size.</param>
internal sealed record ListCursor(string T, string Q, string K, int N);
