using System.Text.Json;

namespace Mist.Mcp;

/// <summary>
/// What <c>api_get</c> returns: a single object as <see cref="Body"/>, or one page of a list as <see cref="Items"/>
/// with a cursor to continue.
/// </summary>
internal sealed record RawGetResult
{
    public required string Path { get; init; }

    public required int Status { get; init; }

    public JsonElement? Body { get; init; }

    public IReadOnlyList<JsonElement>? Items { get; init; }

    public int? Count { get; init; }

    public long? Total { get; init; }

    public string? NextCursor { get; init; }
}
