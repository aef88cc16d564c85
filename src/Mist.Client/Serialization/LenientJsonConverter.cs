using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>
/// Reads a nested object, list or map of a configuration model leniently: a value of another shape (a string where
/// the spec has an object, an object where it has a list) costs that field, read as null, and never the object or
/// the page it is on. Scalars are lenient through the context's own converters; this covers everything else.
/// </summary>
/// <remarks>
/// The value is parsed once into a <see cref="JsonElement"/> and then read with the context's metadata for
/// <typeparamref name="T"/>, so a failure inside it cannot leave the reader in the middle of the value.
/// </remarks>
internal sealed class LenientJsonConverter<T> : JsonConverter<T>
    where T : class
{
    // Lists are read from arrays, models and maps from objects; decided once per closed type, not per value.
    private static readonly JsonValueKind s_expected =
        typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(IList<>) ? JsonValueKind.Array : JsonValueKind.Object;

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var element = JsonElement.ParseValue(ref reader);
        if (element.ValueKind != s_expected)
        {
            return null;
        }

        try
        {
            return element.Deserialize(TypeInfo(options));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, TypeInfo(options));
    }

    private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
