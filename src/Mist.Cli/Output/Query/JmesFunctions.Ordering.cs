using System.Text.Json.Nodes;
using static Mist.Cli.Output.Query.JmesValues;

namespace Mist.Cli.Output.Query;

/// <summary>sort, sort_by, max, min, max_by, min_by: over numbers or strings, never a mix.</summary>
internal static partial class JmesFunctions
{
    private static JsonArray Sort(Arguments args)
    {
        var items = args.Array(0, 1).ToList();
        RequireSortable(items, args, 0);
        return new JsonArray([.. items.Order(Comparer<JsonNode?>.Create((a, b) => Compare(a, b)!.Value)).Select(Copy)]);
    }

    private static JsonArray SortBy(Arguments args)
    {
        var items = args.Array(0, 2);
        var expression = args.Expression(1, 2);
        var keyed = items.Select(e => (Item: e, Key: expression.Evaluate(e))).ToList();
        RequireSortable([.. keyed.Select(k => k.Key)], args, 1);
        // OrderBy is stable: equal keys keep their input order, as the specification asks.
        return new JsonArray([.. keyed.OrderBy(k => k.Key, Comparer<JsonNode?>.Create((a, b) => Compare(a, b)!.Value)).Select(k => Copy(k.Item))]);
    }

    private static JsonNode? Extreme(Arguments args, bool max)
    {
        var items = args.Array(0, 1).ToList();
        RequireSortable(items, args, 0);
        return items.Count == 0 ? null : Copy(Pick(items, items, max));
    }

    private static JsonNode? ExtremeBy(Arguments args, bool max)
    {
        var items = args.Array(0, 2).ToList();
        var expression = args.Expression(1, 2);
        var keys = items.Select(expression.Evaluate).ToList();
        RequireSortable(keys, args, 1);
        return items.Count == 0 ? null : Copy(Pick(items, keys, max));
    }

    private static JsonNode? Pick(List<JsonNode?> items, List<JsonNode?> keys, bool max)
    {
        var best = 0;
        for (var i = 1; i < items.Count; i++)
        {
            var order = Compare(keys[i], keys[best])!.Value;
            if (max ? order > 0 : order < 0)
            {
                best = i;
            }
        }

        return items[best];
    }

    private static void RequireSortable(List<JsonNode?> values, Arguments args, int index)
    {
        if (values.Count > 0 && !(values.All(IsNumber) || values.All(IsString)))
        {
            throw args.Invalid(index, "array of numbers or array of strings");
        }
    }
}
