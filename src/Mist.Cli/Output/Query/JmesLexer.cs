using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>Splits a JMESPath expression into tokens (the lexical grammar of jmespath.org/specification).</summary>
internal static class JmesLexer
{
    public static List<JmesToken> Tokenize(string expression)
    {
        var tokens = new List<JmesToken>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < expression.Length && (char.IsAsciiLetterOrDigit(expression[i]) || expression[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new JmesToken(JmesTokenKind.Identifier, start, expression[start..i]));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < expression.Length && char.IsAsciiDigit(expression[i + 1])))
            {
                i++;
                while (i < expression.Length && char.IsAsciiDigit(expression[i]))
                {
                    i++;
                }

                var number = int.Parse(expression.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                tokens.Add(new JmesToken(JmesTokenKind.Number, start, Number: number));
            }
            else if (c == '"')
            {
                var raw = Delimited(expression, ref i, '"');
                tokens.Add(new JmesToken(JmesTokenKind.QuotedIdentifier, start, ParseJsonString("\"" + raw + "\"", start)));
            }
            else if (c == '\'')
            {
                var raw = Delimited(expression, ref i, '\'');
                tokens.Add(new JmesToken(JmesTokenKind.RawString, start, raw.Replace("\\'", "'", StringComparison.Ordinal)));
            }
            else if (c == '`')
            {
                var raw = Delimited(expression, ref i, '`').Replace("\\`", "`", StringComparison.Ordinal);
                tokens.Add(new JmesToken(JmesTokenKind.Literal, start, Literal: ParseLiteral(raw, start)));
            }
            else
            {
                tokens.Add(Symbol(expression, ref i));
            }
        }

        tokens.Add(new JmesToken(JmesTokenKind.Eof, expression.Length));
        return tokens;
    }

    private static JmesToken Symbol(string expression, ref int i)
    {
        var start = i;
        var next = i + 1 < expression.Length ? expression[i + 1] : '\0';
        (JmesTokenKind Kind, int Length) symbol = expression[i] switch
        {
            '.' => (JmesTokenKind.Dot, 1),
            '*' => (JmesTokenKind.Star, 1),
            ']' => (JmesTokenKind.RightBracket, 1),
            '{' => (JmesTokenKind.LeftBrace, 1),
            '}' => (JmesTokenKind.RightBrace, 1),
            '(' => (JmesTokenKind.LeftParen, 1),
            ')' => (JmesTokenKind.RightParen, 1),
            ',' => (JmesTokenKind.Comma, 1),
            ':' => (JmesTokenKind.Colon, 1),
            '@' => (JmesTokenKind.Current, 1),
            '[' when next == ']' => (JmesTokenKind.Flatten, 2),
            '[' when next == '?' => (JmesTokenKind.Filter, 2),
            '[' => (JmesTokenKind.LeftBracket, 1),
            '|' when next == '|' => (JmesTokenKind.Or, 2),
            '|' => (JmesTokenKind.Pipe, 1),
            '&' when next == '&' => (JmesTokenKind.And, 2),
            '&' => (JmesTokenKind.Ampersand, 1),
            '!' when next == '=' => (JmesTokenKind.NotEqual, 2),
            '!' => (JmesTokenKind.Not, 1),
            '=' when next == '=' => (JmesTokenKind.Equal, 2),
            '<' when next == '=' => (JmesTokenKind.LessThanOrEqual, 2),
            '<' => (JmesTokenKind.LessThan, 1),
            '>' when next == '=' => (JmesTokenKind.GreaterThanOrEqual, 2),
            '>' => (JmesTokenKind.GreaterThan, 1),
            _ => throw new JmesException($"unexpected character '{expression[i]}' at position {i}"),
        };
        i += symbol.Length;
        return new JmesToken(symbol.Kind, start);
    }

    // The text between a quote at i and the matching unescaped quote; i ends after the closing quote.
    private static string Delimited(string expression, ref int i, char quote)
    {
        var start = i;
        var builder = new StringBuilder();
        i++;
        while (i < expression.Length && expression[i] != quote)
        {
            if (expression[i] == '\\' && i + 1 < expression.Length)
            {
                builder.Append(expression[i++]);
            }

            builder.Append(expression[i++]);
        }

        if (i >= expression.Length)
        {
            throw new JmesException($"unterminated {quote} at position {start}");
        }

        i++;
        return builder.ToString();
    }

    private static string ParseJsonString(string json, int position)
    {
        try
        {
            return JsonNode.Parse(json)!.GetValue<string>();
        }
        catch (JsonException)
        {
            throw new JmesException($"invalid quoted identifier at position {position}");
        }
    }

    private static JsonNode? ParseLiteral(string raw, int position)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            throw new JmesException($"invalid JSON literal at position {position}");
        }
    }
}
