using System.Globalization;

namespace Mist;

/// <summary>A path or query parameter of a <see cref="MistOperation"/>, as the spec (and the live API overlay) states it.</summary>
public sealed class MistParameter
{
    internal MistParameter(string name, MistParameterType type, bool isList, bool isRequired, IReadOnlyList<string> allowedValues)
    {
        Name = name;
        Type = type;
        IsList = isList;
        IsRequired = isRequired;
        AllowedValues = allowedValues;
    }

    /// <summary>The parameter's name on the wire, such as <c>site_id</c> or <c>limit</c>.</summary>
    public string Name { get; }

    /// <summary>The type of its value (of each element when <see cref="IsList"/>).</summary>
    public MistParameterType Type { get; }

    /// <summary>Whether it takes several values, comma-separated in one query parameter.</summary>
    public bool IsList { get; }

    /// <summary>Whether the operation requires it (path parameters always are).</summary>
    public bool IsRequired { get; }

    /// <summary>The values it accepts, when the spec enumerates them; empty otherwise.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>
    /// Why <paramref name="value"/> is not a valid value of this parameter, or <see langword="null"/> when it is: a
    /// UUID, a whole number, a number or a boolean of the right form, and one of <see cref="AllowedValues"/> when
    /// there are any (each element of a comma-separated list, for a list).
    /// </summary>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var element in IsList ? value.Split(',') : [value])
        {
            var text = element.Trim();
            var valid = Type switch
            {
                MistParameterType.Uuid => Guid.TryParse(text, out _),
                MistParameterType.WholeNumber => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                MistParameterType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number),
                MistParameterType.Boolean => text is "true" or "false",
                _ => true,
            };
            if (!valid)
            {
                return $"{Name} takes {Describe()}, not '{text}'.";
            }

            if (AllowedValues.Count > 0 && !AllowedValues.Contains(text, StringComparer.Ordinal))
            {
                return $"{Name} takes one of {string.Join(", ", AllowedValues)}{(IsList ? " (comma-separated)" : string.Empty)}, not '{text}'.";
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Describe()})";

    private string Describe()
    {
        var type = Type switch
        {
            MistParameterType.Uuid => "a UUID",
            MistParameterType.WholeNumber => "a whole number",
            MistParameterType.Number => "a number",
            MistParameterType.Boolean => "true or false",
            _ => "text",
        };
        return IsList ? $"a comma-separated list of {type}" : type;
    }
}
