using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

/// <summary>
/// A device type: <c>ap</c>, <c>switch</c>, <c>gateway</c>, or <c>all</c> in filters that accept it. An open set:
/// a type this SDK does not know is kept as received.
/// </summary>
[JsonConverter(typeof(DeviceTypeJsonConverter))]
public readonly struct DeviceType : IEquatable<DeviceType>
{
    private readonly string? _value;

    /// <summary>Creates a device type from its wire value.</summary>
    public DeviceType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value.Trim().ToLowerInvariant();
    }

    /// <summary>An access point (<c>ap</c>), the server's default in most filters.</summary>
    public static DeviceType AccessPoint { get; } = new("ap");

    /// <summary>A switch.</summary>
    public static DeviceType Switch { get; } = new("switch");

    /// <summary>A gateway.</summary>
    public static DeviceType Gateway { get; } = new("gateway");

    /// <summary>Every type, in the filters that accept <c>all</c>.</summary>
    public static DeviceType All { get; } = new("all");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? "ap";

    /// <inheritdoc/>
    public bool Equals(DeviceType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DeviceType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two types.</summary>
    public static bool operator ==(DeviceType left, DeviceType right) => left.Equals(right);

    /// <summary>Compares two types.</summary>
    public static bool operator !=(DeviceType left, DeviceType right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Reads and writes <see cref="DeviceType"/> as its string value.</summary>
internal sealed class DeviceTypeJsonConverter : JsonConverter<DeviceType>
{
    public override DeviceType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value
            ? new DeviceType(value)
            : throw new JsonException("A device type must be a non-empty string.");

    public override void Write(Utf8JsonWriter writer, DeviceType value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
