using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

internal sealed record JmesOr(JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        Left.Evaluate(current) is var left && JmesValues.IsTruthy(left) ? left : Right.Evaluate(current);
}

internal sealed record JmesAnd(JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        Left.Evaluate(current) is var left && !JmesValues.IsTruthy(left) ? left : Right.Evaluate(current);
}

internal sealed record JmesNot(JmesNode Inner) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) => JmesValues.Of(!JmesValues.IsTruthy(Inner.Evaluate(current)));
}

internal sealed record JmesComparison(JmesTokenKind Operator, JmesNode Left, JmesNode Right) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current)
    {
        var left = Left.Evaluate(current);
        var right = Right.Evaluate(current);
        switch (Operator)
        {
            case JmesTokenKind.Equal:
                return JmesValues.Of(JmesValues.AreEqual(left, right));
            case JmesTokenKind.NotEqual:
                return JmesValues.Of(!JmesValues.AreEqual(left, right));
        }

        // Ordering is defined for numbers only; anything else compares to null.
        if (!JmesValues.IsNumber(left) || !JmesValues.IsNumber(right))
        {
            return null;
        }

        var order = JmesValues.Compare(left, right)!.Value;
        return JmesValues.Of(Operator switch
        {
            JmesTokenKind.LessThan => order < 0,
            JmesTokenKind.LessThanOrEqual => order <= 0,
            JmesTokenKind.GreaterThan => order > 0,
            _ => order >= 0,
        });
    }
}

/// <summary><c>[a, b]</c>: null stays null.</summary>
internal sealed record JmesMultiSelectList(IReadOnlyList<JmesNode> Items) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) =>
        current is null ? null : new JsonArray([.. Items.Select(i => JmesValues.Copy(i.Evaluate(current)))]);
}

/// <summary><c>{k: a, l: b}</c>: null stays null.</summary>
internal sealed record JmesMultiSelectHash(IReadOnlyList<KeyValuePair<string, JmesNode>> Items) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current)
    {
        if (current is null)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (key, value) in Items)
        {
            result[key] = JmesValues.Copy(value.Evaluate(current));
        }

        return result;
    }
}

/// <summary><c>&amp;expr</c>: only meaningful as a function argument (sort_by, map, ...).</summary>
internal sealed record JmesExpressionReference(JmesNode Expression) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) => null;
}

internal sealed record JmesFunctionCall(string Name, IReadOnlyList<JmesNode> Arguments) : JmesNode
{
    public override JsonNode? Evaluate(JsonNode? current) => JmesFunctions.Call(Name, Arguments, current);
}
