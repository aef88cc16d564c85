using System.Globalization;

namespace Mist.Queries;

/// <summary>
/// Writes typed option values as query parameters. Text values are checked against the operation's parameter (its
/// enum, its type) before anything is sent, so a bad value fails here with the parameter named, not as a 400.
/// </summary>
internal static class QueryValues
{
    public static void Add(MistRequest request, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (request.Operation?.FindQueryParameter(name)?.Check(value) is { } problem)
        {
            throw new ArgumentException($"{request.Operation.OperationId}: {problem}");
        }

        request.AddQuery(name, value);
    }

    public static void Add(MistRequest request, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            Add(request, name, string.Join(',', values));
        }
    }

    public static void Add(MistRequest request, string name, long? value)
    {
        if (value is { } number)
        {
            request.AddQuery(name, number.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void Add(MistRequest request, string name, double? value)
    {
        if (value is { } number)
        {
            if (!double.IsFinite(number))
            {
                throw new ArgumentException($"{request.Operation?.OperationId}: {name} takes a finite number, not {number}.");
            }

            request.AddQuery(name, number.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public static void Add(MistRequest request, string name, bool? value)
    {
        if (value is { } flag)
        {
            request.AddQuery(name, flag ? "true" : "false");
        }
    }

    public static void Add(MistRequest request, string name, Guid? value)
    {
        if (value is { } id)
        {
            request.AddQuery(name, id.ToString("D"));
        }
    }

    /// <summary>A time as epoch seconds, the unit of every Mist time parameter.</summary>
    public static void Add(MistRequest request, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            request.AddQuery(name, time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A duration in Mist's form: whole weeks, days, hours or minutes (<c>2w</c>, <c>1d</c>, <c>6h</c>, <c>30m</c>).</summary>
    public static void Add(MistRequest request, string name, TimeSpan? value)
    {
        if (value is { } duration)
        {
            request.AddQuery(name, MistDuration.Format(duration) ?? throw new ArgumentException(
                $"{request.Operation?.OperationId}: {name} takes a positive whole number of minutes (Mist's m, h, d and w units), not {duration}."));
        }
    }

    /// <summary>A start after its end is an empty window: refused before sending, as the API would answer nothing.</summary>
    public static void CheckWindow(MistRequest request, DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is { } from && end is { } to && from > to)
        {
            throw new ArgumentException($"{request.Operation?.OperationId}: start ({from:O}) is after end ({to:O}).");
        }
    }
}
