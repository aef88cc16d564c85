namespace Mist;

/// <summary>
/// One Mist API token, or a pool of tokens used in turn when one is rate limited (Mist limits each token to
/// 5,000 calls per hour). The tokens are never part of <see cref="ToString"/>, messages or logs.
/// </summary>
public sealed class MistCredential
{
    private readonly string[] _tokens;

    /// <summary>Creates a credential from one token, or from a comma-separated pool of tokens.</summary>
    /// <exception cref="ArgumentException">A token is empty or contains whitespace or control characters.</exception>
    public MistCredential(string token)
        : this(SplitPool(token))
    {
    }

    /// <summary>Creates a credential from a pool of tokens, tried in order and rotated on 429.</summary>
    /// <exception cref="ArgumentException">The pool is empty, or a token is empty or contains whitespace.</exception>
    public MistCredential(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = [.. tokens];
        if (_tokens.Length == 0)
        {
            throw new ArgumentException("No API token was given.", nameof(tokens));
        }

        for (var i = 0; i < _tokens.Length; i++)
        {
            if (Validate(_tokens[i]) is { } problem)
            {
                var which = _tokens.Length == 1 ? "The API token" : $"API token {i + 1} of {_tokens.Length}";
                throw new ArgumentException($"{which} {problem}", nameof(tokens));
            }
        }

        if (_tokens.Distinct(StringComparer.Ordinal).Count() != _tokens.Length)
        {
            throw new ArgumentException("The token pool lists the same token twice.", nameof(tokens));
        }
    }

    /// <summary>How many tokens the pool holds.</summary>
    public int Count => _tokens.Length;

    internal string this[int index] => _tokens[index];

    /// <summary>
    /// Checks a token's shape without sending anything. Returns <see langword="null"/> when it is acceptable,
    /// otherwise a description of the problem that never repeats the token.
    /// </summary>
    public static string? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return "is empty.";
        }

        foreach (var c in token)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return c is '\n' or '\r'
                    ? "contains a line break; paste it again without the trailing newline."
                    : "contains whitespace or control characters; a Mist token is one word.";
            }

            if (c > '\u007e')
            {
                return "contains non-ASCII characters; a Mist token is plain ASCII.";
            }
        }

        return null;
    }

    /// <summary>Returns a description that never contains a token.</summary>
    public override string ToString() => _tokens.Length == 1 ? "MistCredential(1 token)" : $"MistCredential({_tokens.Length} tokens)";

    private static string[] SplitPool(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Contains(',', StringComparison.Ordinal) ? token.Split(',') : [token];
    }
}
