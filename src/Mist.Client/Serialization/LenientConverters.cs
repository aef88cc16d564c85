using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mist;

// A field whose value has an unexpected shape (a deviceprofile_id that is not a UUID, a number where text was
// expected, an object where a number was) costs that field, read as null, never the item or the page it is on:
// one odd device must not fail `device list` for a whole org. Ids that an item cannot be used without (non-nullable
// Guid) stay strict. The raw JSON of a typed call is still available through MistResponseCapture.

/// <summary>Reads a nullable value leniently: a value of another shape is skipped and read as null.</summary>
internal abstract class LenientConverter<T> : JsonConverter<T?>
    where T : struct
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not JsonTokenType.Null && TryRead(ref reader, out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } present)
        {
            WriteValue(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    protected abstract bool TryRead(ref Utf8JsonReader reader, out T value);

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);

    /// <summary>The token's text: a string's value, or a number's digits as written.</summary>
    protected static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => null,
    };
}

internal sealed class LenientGuidConverter : LenientConverter<Guid>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out Guid value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && Guid.TryParse(reader.GetString(), out value);
    }

    protected override void WriteValue(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);
}

internal sealed class LenientDoubleConverter : LenientConverter<double>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out double value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number
            ? reader.TryGetDouble(out value)
            : double.TryParse(Text(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    protected override void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
}

internal sealed class LenientInt32Converter : LenientConverter<int>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out int value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number
            ? reader.TryGetInt32(out value)
            : int.TryParse(Text(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}

internal sealed class LenientInt64Converter : LenientConverter<long>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out long value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number
            ? reader.TryGetInt64(out value)
            : long.TryParse(Text(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    protected override void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
}

internal sealed class LenientBooleanConverter : LenientConverter<bool>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False
            || (reader.TokenType == JsonTokenType.String && bool.TryParse(reader.GetString(), out value));
    }

    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}

internal sealed class LenientDeviceTypeConverter : LenientConverter<DeviceType>
{
    protected override bool TryRead(ref Utf8JsonReader reader, out DeviceType value)
    {
        var ok = reader.TokenType == JsonTokenType.String && !string.IsNullOrWhiteSpace(reader.GetString());
        value = ok ? new DeviceType(reader.GetString()!) : default;
        return ok;
    }

    protected override void WriteValue(Utf8JsonWriter writer, DeviceType value) => writer.WriteStringValue(value.Value);
}

/// <summary>Text leniently: a number or boolean is read as its JSON text, an object or array as null.</summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean() ? "true" : "false";
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    // The keys of a map (a WLAN's dynamic VLANs, a template's port config by name) are text as they are.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? string.Empty;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}

/// <summary>A location leniently: an object with numeric (or numeric text) <c>lat</c> and <c>lng</c>, else null.</summary>
internal sealed class LenientLatLngConverter : JsonConverter<LatLng>
{
    public override LatLng? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        double? lat = null, lng = null;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var name = reader.GetString();
            reader.Read();
            var number = Number(ref reader);
            if (name == "lat")
            {
                lat = number;
            }
            else if (name == "lng")
            {
                lng = number;
            }
        }

        return lat is { } la && lng is { } ln ? new LatLng(la, ln) : null;
    }

    public override void Write(Utf8JsonWriter writer, LatLng value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("lat", value.Lat);
        writer.WriteNumber("lng", value.Lng);
        writer.WriteEndObject();
    }

    private static double? Number(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
        {
            return value;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) ? value : null;
    }
}

/// <summary>A list of UUIDs leniently: elements that are not UUIDs are dropped; a value that is not an array is null.</summary>
internal sealed class LenientGuidListConverter : JsonConverter<IReadOnlyList<Guid>>
{
    public override IReadOnlyList<Guid>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<Guid>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && Guid.TryParse(reader.GetString(), out var id))
            {
                items.Add(id);
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<Guid> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A list of text leniently: non-text elements are read as their JSON text or dropped; a non-array is null.</summary>
internal sealed class LenientStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<string>();
        var text = new LenientStringConverter();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (text.Read(ref reader, typeof(string), options) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
