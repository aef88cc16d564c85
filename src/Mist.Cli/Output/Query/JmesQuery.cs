using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>
/// A compiled <c>--query</c> (JMESPath, jmespath.org) evaluated over System.Text.Json nodes. Our own, rather than
/// JmesPath.Net, because that one evaluates through Newtonsoft.Json, whose reflection Native AOT cannot keep.
/// </summary>
internal sealed class JmesQuery
{
    private readonly JmesNode _root;

    private JmesQuery(JmesNode root) => _root = root;

    /// <exception cref="JmesException">The expression is not valid JMESPath.</exception>
    public static JmesQuery Parse(string expression) => new(JmesParser.Parse(expression));

    /// <summary>The result of the query over <paramref name="input"/>, which is left unchanged.</summary>
    /// <exception cref="JmesException">A function was given arguments of the wrong type or number.</exception>
    public JsonNode? Apply(JsonNode? input) => JmesValues.Copy(_root.Evaluate(input));
}
