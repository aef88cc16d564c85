namespace Mist.Cli.Commands.Shared.Bulk;

/// <summary>One CSV record: the physical line it starts on (1-based, for messages), its fields, and what is wrong with it.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Why the record is malformed, or <see langword="null"/>.</param>
/// <param name="CurlyQuotes">A field was quoted with a word processor's curly quotes (“ ”), read as straight ones: worth a note.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error, bool CurlyQuotes = false);
