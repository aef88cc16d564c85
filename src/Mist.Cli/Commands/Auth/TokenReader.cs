using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Auth;

/// <summary>
/// Reads the token for <c>auth login</c>: from a prompt that does not echo, or from stdin with
/// <c>--token-stdin</c>. Never from a flag value, which would stay in shell history and the process list.
/// </summary>
internal static class TokenReader
{
    public static string Read(CliConsole console, bool fromStdin, string cloud)
    {
        string? token;
        if (fromStdin)
        {
            token = TrimOneNewline(console.ReadAllInput());
        }
        else if (console.CanPrompt)
        {
            console.Error.WriteLine($"Create a token in the Mist portal (My Profile > API Token) for {cloud}.");
            token = console.ReadSecret("Paste your API token (it will not be shown): ");
        }
        else
        {
            throw CliException.Usage(
                "No terminal to ask for the token.",
                "Pipe it instead: mist auth login --token-stdin < token.txt (or set MIST_API_TOKEN).");
        }

        token = WithoutScheme(console, token);
        if (MistCredential.Validate(token) is { } problem && !(token ?? string.Empty).Contains(',', StringComparison.Ordinal))
        {
            throw CliException.Usage($"The token {problem} Nothing was sent or saved.");
        }

        return token!;
    }

    /// <summary>
    /// "Token abc..." (as Mist's docs write the header, or "Authorization: Token abc...") is the token abc...: the
    /// prefix is dropped and the user told so. Only the words before the key are dropped, never part of the key.
    /// </summary>
    private static string? WithoutScheme(CliConsole console, string? token)
    {
        if (token is null)
        {
            return null;
        }

        var trimmed = token.Trim();
        foreach (var prefix in (string[])["Authorization: Token ", "Token "])
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > prefix.Length)
            {
                console.Error.WriteLine($"Note: dropped the \"{prefix.TrimEnd()}\" prefix; the token is what follows it.");
                return trimmed[prefix.Length..].TrimStart();
            }
        }

        return token;
    }

    // `echo $TOKEN | mist auth login --token-stdin` adds exactly one newline; anything more is a real problem to report.
    private static string TrimOneNewline(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2]
        : text.EndsWith('\n') ? text[..^1]
        : text;
}
