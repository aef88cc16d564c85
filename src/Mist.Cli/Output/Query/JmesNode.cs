using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>A node of a parsed JMESPath expression; evaluating it never changes the input.</summary>
internal abstract record JmesNode
{
    public abstract JsonNode? Evaluate(JsonNode? current);
}

/// <summary><c>@</c>, and the implicit left side of projections.</summary>
internal sealed record JmesCurrent : JmesNode
{
    public static JmesCurrent Instance { get; } = new();

    public override JsonNode? Evaluate(JsonNode? current) => current;
}

internal sealed record JmesLiteral(JsonNode? Value) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) => JmesValues.Copy(Value);
}

internal sealed record JmesField(string Name) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        current is JsonObject obj && obj.TryGetPropertyValue(Name, out var value) ? value : null;
}

/// <summary><c>a.b</c>, <c>a[0]</c> and <c>a | b</c>: the right side applied to the left side's result.</summary>
internal sealed record JmesChain(JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) => Right.Evaluate(Left.Evaluate(current));
}

internal sealed record JmesIndex(int Index) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current)
    {
        if (current is not JsonArray array)
        {
            return null;
        }

        var i = Index < 0 ? array.Count + Index : Index;
        return i >= 0 && i < array.Count ? array[i] : null;
    }
}

internal sealed record JmesSlice(int? Start, int? Stop, int? Step) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current)
    {
        if (current is not JsonArray array)
        {
            return null;
        }

        var step = Step ?? 1;
        if (step == 0)
        {
            throw new JmesException("invalid-value: slice step cannot be 0");
        }

        var count = array.Count;
        var start = Bound(Start, step < 0 ? count - 1 : 0, count, step);
        var stop = Bound(Stop, step < 0 ? -1 : count, count, step);
        var result = new JsonArray();
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            result.Add(JmesValues.Copy(array[i]));
        }

        return result;
    }

    private static int Bound(int? value, int fallback, int count, int step)
    {
        if (value is not { } v)
        {
            return fallback;
        }

        if (v < 0)
        {
            v += count;
            return v < 0 ? (step < 0 ? -1 : 0) : v;
        }

        return v >= count ? (step < 0 ? count - 1 : count) : v;
    }
}

/// <summary><c>a[*].b</c>, <c>a[].b</c>, <c>a[1:3].b</c>: the right side applied to each element, nulls dropped.</summary>
internal sealed record JmesProjection(JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        Left.Evaluate(current) is JsonArray array ? JmesProjections.Project(array, Right, null) : null;
}

/// <summary><c>a.*.b</c>: a projection over an object's values.</summary>
internal sealed record JmesValueProjection(JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        Left.Evaluate(current) is JsonObject obj ? JmesProjections.Project(obj.Select(p => p.Value), Right, null) : null;
}

/// <summary><c>a[?cond].b</c>.</summary>
internal sealed record JmesFilter(JmesNode Left, JmesNode Right, JmesNode Condition) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        Left.Evaluate(current) is JsonArray array ? JmesProjections.Project(array, Right, Condition) : null;
}

/// <summary><c>a[]</c>: one level of nested arrays merged.</summary>
internal sealed record JmesFlatten(JmesNode Inner) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current)
    {
        if (Inner.Evaluate(current) is not JsonArray array)
        {
            return null;
        }

        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonArray nested)
            {
                foreach (var inner in nested)
                {
                    result.Add(JmesValues.Copy(inner));
                }
            }
            else
            {
                result.Add(JmesValues.Copy(item));
            }
        }

        return result;
    }
}
