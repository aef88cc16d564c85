using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Api;

/// <summary><c>-f key=value</c>: typed like <c>--set</c> (JSON when the value is JSON, else a string).</summary>
internal static class ApiFields
{
    public static List<(string Key, JsonNode? Value)> Parse(IEnumerable<string> texts)
    {
        var fields = new List<(string Key, JsonNode? Value)>();
        foreach (var text in texts)
        {
            try
            {
                fields.Add(InputParsers.SetField(text));
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.Usage)
            {
                // The shared parser names the --set flag; here the user typed -f.
                throw CliException.Usage(e.Message.Replace("--set", "-f", StringComparison.Ordinal), e.Hint);
            }
        }

        return fields;
    }

    /// <summary>A JSON object body; a key given twice is refused rather than silently overwritten.</summary>
    public static JsonObject ToBody(IEnumerable<(string Key, JsonNode? Value)> fields)
    {
        var body = new JsonObject();
        foreach (var (key, value) in fields)
        {
            if (body.ContainsKey(key))
            {
                throw CliException.Usage($"-f {key} is given twice.");
            }

            // A copy: the request is built twice when the path names {org_id}, and a JSON node has one parent.
            body[key] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>A query parameter's text: strings as they are, anything else as its JSON (true, 5, null).</summary>
    public static string QueryValue(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
}
