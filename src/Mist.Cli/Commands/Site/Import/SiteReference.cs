namespace Mist.Cli.Commands.Site.Import;

/// <summary>What a row names for one <see cref="SiteReferenceKind"/>: names to look up, or ids to check (one unless the kind takes several).</summary>
/// <param name="Kind">The object kind.</param>
/// <param name="Column">The column it was read from, for messages.</param>
/// <param name="Values">The names, or the ids as written.</param>
/// <param name="ByName">Whether <paramref name="Values"/> are names.</param>
internal sealed record SiteReference(SiteReferenceKind Kind, string Column, IReadOnlyList<string> Values, bool ByName);
