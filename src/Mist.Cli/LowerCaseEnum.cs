using System.CommandLine;

namespace Mist.Cli;

/// <summary>
/// An option whose values are an enum's names in lower case: help shows <c>&lt;table|json|...&gt;</c>, completion
/// offers the same words, any letter case is accepted, and a wrong value is answered in the user's words
/// ("'xml' is not an --output: use table, json, ndjson, csv or yaml.") rather than with the .NET type's name.
/// </summary>
internal static class LowerCaseEnum
{
    public static Option<T?> Create<T>(string name, string alias, string description)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var words = values.Select(v => v.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<T?>(name, alias)
        {
            Description = description,
            HelpName = string.Join('|', words),
            Recursive = true,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
                foreach (var value in values)
                {
                    if (string.Equals(value.ToString(), token, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"'{token}' is not a valid {name} value: use {string.Join(", ", words[..^1])} or {words[^1]}.");
                return null;
            },
        };
        option.CompletionSources.Add(words);
        return option;
    }
}
