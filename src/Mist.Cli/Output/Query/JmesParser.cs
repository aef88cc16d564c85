using System.Text.Json.Nodes;

namespace Mist.Cli.Output.Query;

/// <summary>
/// A top-down operator precedence (Pratt) parser for JMESPath, with the binding powers of the specification,
/// so <c>a.b[*].c | d</c> groups the way every other implementation groups it.
/// </summary>
internal sealed class JmesParser
{
    // Anything that binds less than this ends a projection's right-hand side.
    private const int ProjectionStop = 10;

    private readonly List<JmesToken> _tokens;
    private int _index;

    private JmesParser(string expression) => _tokens = JmesLexer.Tokenize(expression);

    private JmesToken Current => _tokens[_index];

    public static JmesNode Parse(string expression)
    {
        var parser = new JmesParser(expression);
        var node = parser.Expression(0);
        if (parser.Current.Kind != JmesTokenKind.Eof)
        {
            throw parser.Unexpected();
        }

        return node;
    }

    private static int BindingPower(JmesTokenKind kind) => kind switch
    {
        JmesTokenKind.Pipe => 1,
        JmesTokenKind.Or => 2,
        JmesTokenKind.And => 3,
        JmesTokenKind.Equal or JmesTokenKind.NotEqual or JmesTokenKind.LessThan or JmesTokenKind.LessThanOrEqual
            or JmesTokenKind.GreaterThan or JmesTokenKind.GreaterThanOrEqual => 5,
        JmesTokenKind.Flatten => 9,
        JmesTokenKind.Star => 20,
        JmesTokenKind.Filter => 21,
        JmesTokenKind.Dot => 40,
        JmesTokenKind.Not => 45,
        JmesTokenKind.LeftBrace => 50,
        JmesTokenKind.LeftBracket => 55,
        JmesTokenKind.LeftParen => 60,
        _ => 0,
    };

    private JmesNode Expression(int bindingPower)
    {
        var left = Nud(Advance());
        while (bindingPower < BindingPower(Current.Kind))
        {
            left = Led(Advance(), left);
        }

        return left;
    }

    private JmesNode Nud(JmesToken token)
    {
        switch (token.Kind)
        {
            case JmesTokenKind.Literal:
                return new JmesLiteral(token.Literal);
            case JmesTokenKind.RawString:
                return new JmesLiteral(JsonValue.Create(token.Text));
            case JmesTokenKind.Identifier:
                return new JmesField(token.Text!);
            case JmesTokenKind.QuotedIdentifier:
                return Current.Kind == JmesTokenKind.LeftParen
                    ? throw new JmesException($"a function name cannot be quoted (position {token.Position})")
                    : new JmesField(token.Text!);
            case JmesTokenKind.Star:
                return new JmesValueProjection(
                    JmesCurrent.Instance,
                    Current.Kind == JmesTokenKind.RightBracket ? JmesCurrent.Instance : ProjectionRight(BindingPower(JmesTokenKind.Star)));
            case JmesTokenKind.Filter:
                return Led(token, JmesCurrent.Instance);
            case JmesTokenKind.LeftBrace:
                return MultiSelectHash();
            case JmesTokenKind.Flatten:
                return new JmesProjection(new JmesFlatten(JmesCurrent.Instance), ProjectionRight(BindingPower(JmesTokenKind.Flatten)));
            case JmesTokenKind.Not:
                return new JmesNot(Expression(BindingPower(JmesTokenKind.Not)));
            case JmesTokenKind.LeftParen:
                var inner = Expression(0);
                Expect(JmesTokenKind.RightParen);
                return inner;
            case JmesTokenKind.LeftBracket:
                if (Current.Kind is JmesTokenKind.Number or JmesTokenKind.Colon)
                {
                    return ProjectIfSlice(JmesCurrent.Instance, IndexOrSlice());
                }

                if (Current.Kind == JmesTokenKind.Star && _tokens[_index + 1].Kind == JmesTokenKind.RightBracket)
                {
                    _index += 2;
                    return new JmesProjection(JmesCurrent.Instance, ProjectionRight(BindingPower(JmesTokenKind.Star)));
                }

                return MultiSelectList();
            case JmesTokenKind.Current:
                return JmesCurrent.Instance;
            case JmesTokenKind.Ampersand:
                return new JmesExpressionReference(Expression(0));
            default:
                throw Unexpected(token);
        }
    }

    private JmesNode Led(JmesToken token, JmesNode left)
    {
        switch (token.Kind)
        {
            case JmesTokenKind.Dot:
                if (Current.Kind == JmesTokenKind.Star)
                {
                    Advance();
                    return new JmesValueProjection(left, ProjectionRight(BindingPower(JmesTokenKind.Dot)));
                }

                return new JmesChain(left, DotRight(BindingPower(JmesTokenKind.Dot)));
            case JmesTokenKind.Pipe:
                return new JmesChain(left, Expression(BindingPower(JmesTokenKind.Pipe)));
            case JmesTokenKind.Or:
                return new JmesOr(left, Expression(BindingPower(JmesTokenKind.Or)));
            case JmesTokenKind.And:
                return new JmesAnd(left, Expression(BindingPower(JmesTokenKind.And)));
            case JmesTokenKind.LeftParen:
                return FunctionCall(token, left);
            case JmesTokenKind.Filter:
                var condition = Expression(0);
                Expect(JmesTokenKind.RightBracket);
                var right = Current.Kind == JmesTokenKind.Flatten ? JmesCurrent.Instance : ProjectionRight(BindingPower(JmesTokenKind.Filter));
                return new JmesFilter(left, right, condition);
            case JmesTokenKind.Flatten:
                return new JmesProjection(new JmesFlatten(left), ProjectionRight(BindingPower(JmesTokenKind.Flatten)));
            case JmesTokenKind.Equal or JmesTokenKind.NotEqual or JmesTokenKind.LessThan or JmesTokenKind.LessThanOrEqual
                or JmesTokenKind.GreaterThan or JmesTokenKind.GreaterThanOrEqual:
                return new JmesComparison(token.Kind, left, Expression(BindingPower(token.Kind)));
            case JmesTokenKind.LeftBracket:
                if (Current.Kind is JmesTokenKind.Number or JmesTokenKind.Colon)
                {
                    return ProjectIfSlice(left, IndexOrSlice());
                }

                Expect(JmesTokenKind.Star);
                Expect(JmesTokenKind.RightBracket);
                return new JmesProjection(left, ProjectionRight(BindingPower(JmesTokenKind.Star)));
            default:
                throw Unexpected(token);
        }
    }

    private JmesFunctionCall FunctionCall(JmesToken token, JmesNode left)
    {
        if (left is not JmesField { Name: var name })
        {
            throw new JmesException($"only a name can be called as a function (position {token.Position})");
        }

        if (!JmesFunctions.Exists(name))
        {
            throw new JmesException($"unknown function {name}()");
        }

        var arguments = new List<JmesNode>();
        while (Current.Kind != JmesTokenKind.RightParen)
        {
            arguments.Add(Expression(0));
            if (Current.Kind == JmesTokenKind.Comma)
            {
                Expect(JmesTokenKind.Comma);
            }
            else if (Current.Kind != JmesTokenKind.RightParen)
            {
                throw Unexpected();
            }
        }

        Expect(JmesTokenKind.RightParen);
        return new JmesFunctionCall(name, arguments);
    }

    private JmesNode IndexOrSlice()
    {
        if (Current.Kind == JmesTokenKind.Colon || _tokens[_index + 1].Kind == JmesTokenKind.Colon)
        {
            var parts = new int?[3];
            var part = 0;
            while (Current.Kind != JmesTokenKind.RightBracket)
            {
                if (Current.Kind == JmesTokenKind.Colon && part < 2)
                {
                    part++;
                }
                else if (Current.Kind == JmesTokenKind.Number && parts[part] is null)
                {
                    parts[part] = Current.Number;
                }
                else
                {
                    throw Unexpected();
                }

                Advance();
            }

            Expect(JmesTokenKind.RightBracket);
            return new JmesSlice(parts[0], parts[1], parts[2]);
        }

        var index = Advance().Number;
        Expect(JmesTokenKind.RightBracket);
        return new JmesIndex(index);
    }

    private JmesNode ProjectIfSlice(JmesNode left, JmesNode right)
    {
        var indexed = new JmesChain(left, right);
        return right is JmesSlice ? new JmesProjection(indexed, ProjectionRight(BindingPower(JmesTokenKind.Star))) : indexed;
    }

    private JmesNode ProjectionRight(int bindingPower)
    {
        if (BindingPower(Current.Kind) < ProjectionStop)
        {
            return JmesCurrent.Instance;
        }

        switch (Current.Kind)
        {
            case JmesTokenKind.LeftBracket or JmesTokenKind.Filter:
                return Expression(bindingPower);
            case JmesTokenKind.Dot:
                Advance();
                return DotRight(bindingPower);
            default:
                throw Unexpected();
        }
    }

    private JmesNode DotRight(int bindingPower)
    {
        switch (Current.Kind)
        {
            case JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier or JmesTokenKind.Star:
                return Expression(bindingPower);
            case JmesTokenKind.LeftBracket:
                Advance();
                return MultiSelectList();
            case JmesTokenKind.LeftBrace:
                Advance();
                return MultiSelectHash();
            default:
                throw Unexpected();
        }
    }

    private JmesMultiSelectList MultiSelectList()
    {
        var items = new List<JmesNode>();
        do
        {
            items.Add(Expression(0));
        }
        while (TryTake(JmesTokenKind.Comma));

        Expect(JmesTokenKind.RightBracket);
        return new JmesMultiSelectList(items);
    }

    private JmesMultiSelectHash MultiSelectHash()
    {
        var items = new List<KeyValuePair<string, JmesNode>>();
        do
        {
            var key = Advance();
            if (key.Kind is not (JmesTokenKind.Identifier or JmesTokenKind.QuotedIdentifier))
            {
                throw Unexpected(key);
            }

            Expect(JmesTokenKind.Colon);
            items.Add(new(key.Text!, Expression(0)));
        }
        while (TryTake(JmesTokenKind.Comma));

        Expect(JmesTokenKind.RightBrace);
        return new JmesMultiSelectHash(items);
    }

    private JmesToken Advance()
    {
        var token = Current;
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool TryTake(JmesTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(JmesTokenKind kind)
    {
        if (!TryTake(kind))
        {
            throw Unexpected();
        }
    }

    private JmesException Unexpected() => Unexpected(Current);

    private static JmesException Unexpected(JmesToken token) =>
        new(token.Kind == JmesTokenKind.Eof ? "unexpected end of expression" : $"unexpected {token.Kind} at position {token.Position}");
}
