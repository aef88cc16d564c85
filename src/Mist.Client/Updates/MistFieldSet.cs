using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>
/// The body of a create or a merge-update: only the fields the caller set are sent (Mist's PUT changes exactly
/// the fields it is given), and a field set to <see langword="null"/> is sent as <c>null</c> to clear it.
/// <see cref="Set"/> reaches any field the typed properties do not cover.
/// </summary>
public abstract class MistFieldSet
{
    private readonly JsonObject _fields = [];

    /// <summary>For derived option types.</summary>
    protected MistFieldSet()
    {
    }

    /// <summary>The names of the fields that will be sent, in the order they were set.</summary>
    public IReadOnlyList<string> FieldNames => [.. _fields.Select(f => f.Key)];

    /// <summary>Whether any field was set.</summary>
    public bool IsEmpty => _fields.Count == 0;

    /// <summary>Sets any field by its Mist (snake_case) name; <see langword="null"/> sends JSON null.</summary>
    public MistFieldSet Set(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        MistLimits.CheckField("field name", name, nameof(name));
        if (value is JsonValue text && text.TryGetValue<string>(out var s))
        {
            MistLimits.CheckField(name, s, nameof(value));
        }

        _fields[name] = value?.DeepClone();
        return this;
    }

    /// <summary>Removes a field so that it is not sent.</summary>
    public bool Unset(string name) => _fields.Remove(name);

    /// <summary>Whether a field will be sent.</summary>
    public bool IsSet(string name) => _fields.ContainsKey(name);

    /// <summary>The JSON object that will be sent.</summary>
    public JsonObject ToJson() => (JsonObject)_fields.DeepClone();

    /// <summary>Reads a field back.</summary>
    protected T? Get<T>(string name, JsonTypeInfo<T> typeInfo) =>
        _fields.TryGetPropertyValue(name, out var node) && node is not null ? node.Deserialize(typeInfo) : default;

    /// <summary>Sets a typed field.</summary>
    protected void SetValue<T>(string name, T? value, JsonTypeInfo<T> typeInfo)
    {
        MistLimits.CheckField(name, value as string, nameof(value));
        _fields[name] = value is null ? null : JsonSerializer.SerializeToNode(value, typeInfo);
    }
}
