using System.Globalization;

namespace Mist;

/// <summary>
/// The sizes the SDK refuses to send, checked before a request leaves: far above anything Mist accepts, far below
/// what would make a server answer 414 or a retry loop resend megabytes. Each refusal is an
/// <see cref="ArgumentException"/> that says which value, how long it was and what the bound is.
/// </summary>
internal static class MistLimits
{
    /// <summary>A <c>name</c> (site, device, WLAN...): 256 characters.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Any other text field of a body (notes, address): 64 Ki characters.</summary>
    public const int MaxTextLength = 64 * 1024;

    /// <summary>The path of a request, without its query: 2,048 characters.</summary>
    public const int MaxPathLength = 2048;

    /// <summary>One query parameter's value: 4,096 characters.</summary>
    public const int MaxQueryValueLength = 4096;

    /// <summary>The whole path and query as sent: 8,192 characters.</summary>
    public const int MaxUrlLength = 8192;

    public static void CheckField(string field, string? value, string parameter)
    {
        if (value is null)
        {
            return;
        }

        var bound = field == "name" ? MaxNameLength : MaxTextLength;
        if (value.Length > bound)
        {
            throw new ArgumentException(Say($"The {field} is {value.Length:N0} characters long; the limit is {bound:N0}. Nothing was sent."), parameter);
        }
    }

    public static void CheckQueryValue(string name, string value)
    {
        if (value.Length > MaxQueryValueLength)
        {
            throw new ArgumentException(Say($"The query value of '{Shorten(name)}' is {value.Length:N0} characters long; the limit is {MaxQueryValueLength:N0}. Nothing was sent."), nameof(value));
        }
    }

    public static void CheckPath(string path, string parameter)
    {
        if (path.Length > MaxPathLength)
        {
            throw new ArgumentException(Say($"The API path is {path.Length:N0} characters long; the limit is {MaxPathLength:N0}. Nothing was sent."), parameter);
        }
    }

    public static void CheckRawPath(string pathAndQuery, string parameter)
    {
        if (pathAndQuery.Length > MaxUrlLength)
        {
            throw new ArgumentException(Say($"The API path is {pathAndQuery.Length:N0} characters long; the limit is {MaxUrlLength:N0}. Nothing was sent."), parameter);
        }
    }

    public static void CheckUrl(MistRequest request, int length)
    {
        if (length > MaxUrlLength)
        {
            throw new ArgumentException(Say($"{request.Method} {Shorten(request.Path)}: the path and query are {length:N0} characters long; the limit is {MaxUrlLength:N0}. Nothing was sent."), nameof(request));
        }
    }

    /// <summary>At most 60 characters of a value, for a message about a value that is too long.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
