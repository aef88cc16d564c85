namespace Mist.Generator;

/// <summary>One parameter as the generated table states it.</summary>
internal sealed record Parameter(string Name, string Type, bool IsList, IReadOnlyList<string> Enum, bool Required);

/// <summary>One operation of the live API: the spec's, moved or changed by the overlay, or added by it.</summary>
internal sealed record Operation(
    string OperationId,
    string Method,
    string Path,
    string Tag,
    string? Summary,
    IReadOnlyList<Parameter> PathParameters,
    IReadOnlyList<Parameter> QueryParameters,
    string Paging,
    string Origin);
