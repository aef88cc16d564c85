using System.Globalization;
using Mist.Simulator.Validation;

namespace Mist.Simulator.Http;

/// <summary>Typed query parameters; a malformed value is a 400 <c>{"detail"}</c>, as Mist answers.</summary>
internal static class Query
{
    public static string? Get(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    public static bool TryGetInt(HttpRequest request, string name, int fallback, int minimum, out int value, out IResult? error)
    {
        error = null;
        value = fallback;
        var text = Get(request, name);
        if (text is null)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < minimum)
        {
            error = ApiResults.BadRequest($"invalid {name}: {text} (an integer >= {minimum} is expected)");
            return false;
        }

        return true;
    }

    /// <summary><c>limit</c>: default 100, 0 means the default, larger than 1000 is capped at 1000.</summary>
    public static bool TryGetLimit(HttpRequest request, out int limit, out IResult? error)
    {
        if (!TryGetInt(request, "limit", PageRequest.DefaultLimit, 0, out limit, out error))
        {
            return false;
        }

        limit = limit == 0 ? PageRequest.DefaultLimit : Math.Min(limit, PageRequest.MaxLimit);
        return true;
    }

    public static bool TryGetBool(HttpRequest request, string name, out bool? value, out IResult? error)
    {
        error = null;
        value = null;
        var text = Get(request, name);
        if (text is null)
        {
            return true;
        }

        if (bool.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        error = ApiResults.BadRequest($"invalid {name}: {text} (true or false is expected)");
        return false;
    }

    public static bool TryGetMac(HttpRequest request, out string? mac, out IResult? error)
    {
        error = null;
        mac = null;
        var text = Get(request, "mac");
        if (text is null)
        {
            return true;
        }

        if (MacAddress.TryNormalize(text, out var normalized))
        {
            mac = normalized;
            return true;
        }

        error = ApiResults.BadRequest($"invalid mac: {text} (12 hex digits are expected)");
        return false;
    }

    /// <summary>
    /// A device <c>type</c> filter: one or more comma-separated values of ap, switch and gateway; <c>all</c>
    /// (where allowed) means no filter. Returns null for "no filter".
    /// </summary>
    public static bool TryGetTypes(HttpRequest request, string? fallback, bool allowAll, out IReadOnlyList<string>? types, out IResult? error)
    {
        error = null;
        types = null;
        var text = Get(request, "type") ?? fallback;
        if (text is null)
        {
            return true;
        }

        var values = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (allowAll && values.Contains("all"))
        {
            return true;
        }

        foreach (var value in values)
        {
            if (value is not ("ap" or "switch" or "gateway"))
            {
                error = ApiResults.BadRequest($"invalid type: {value} (expected ap, switch, gateway{(allowAll ? " or all" : "")})");
                return false;
            }
        }

        types = values.Length == 0 ? null : values;
        return true;
    }
}
