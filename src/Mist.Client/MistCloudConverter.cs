using System.ComponentModel;
using System.Globalization;

namespace Mist;

/// <summary>
/// Converts between <see cref="MistCloud"/> and text, so that configuration binding turns <c>"Cloud": "eu"</c> (a
/// cloud name, a host or a URL) into a cloud, and an unknown value fails the binding instead of leaving the default.
/// </summary>
public sealed class MistCloudConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The text is not a known cloud, host or allowed URL.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? MistCloud.Parse(text.Trim()) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc/>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is MistCloud cloud ? cloud.ToString() : base.ConvertTo(context, culture, value, destinationType);
}
