namespace Mist.Cli.Terminal;

/// <summary>
/// The terminal as commands see it: data to <see cref="Out"/>, everything else to <see cref="Error"/>, and what
/// is a TTY. Commands never touch <see cref="Console"/> directly, so tests can drive them in both modes.
/// </summary>
internal abstract class CliConsole
{
    public abstract TextWriter Out { get; }

    private TextWriter? _error;

    /// <summary>Standard error, with server text made terminal-safe (<see cref="TerminalSafeWriter"/>).</summary>
    public TextWriter Error => _error ??= new TerminalSafeWriter(ErrorCore);

    /// <summary>The real standard error, for <see cref="WriteErrorControl"/> only.</summary>
    protected abstract TextWriter ErrorCore { get; }

    public abstract bool IsOutputTty { get; }

    public abstract bool IsErrorTty { get; }

    public abstract bool IsInputTty { get; }

    /// <summary>Environment variables (tests supply their own).</summary>
    public abstract IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Whether the user can be asked something: stdin and stderr are terminals and prompts are not disabled.</summary>
    public bool CanPrompt => IsInputTty && IsErrorTty && !Has("MIST_PROMPT_DISABLED");

    /// <summary>Whether colour may be used on stdout (NO_COLOR, and TTY only).</summary>
    public bool ColorAllowed => IsOutputTty && !Has("NO_COLOR");

    /// <summary>Whether colour may be used on stderr (NO_COLOR, and stderr a TTY), whatever stdout is.</summary>
    public bool ErrorColorAllowed => IsErrorTty && !Has("NO_COLOR");

    /// <summary>Writes the CLI's own control sequence (a progress line's <c>\r</c>, <c>ESC[K</c>, colour) to standard error as is.</summary>
    public void WriteErrorControl(string sequence) => ErrorCore.Write(sequence);

    public string? GetEnvironment(string name) =>
        Environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>
    /// Reads a line typed by the user (prompt on stderr); Ctrl-C (<paramref name="cancellationToken"/>) ends the wait
    /// at once with <see cref="OperationCanceledException"/>, so nothing typed later is taken as the answer.
    /// </summary>
    public abstract Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken);

    /// <summary>Reads a secret without echoing it (prompt on stderr).</summary>
    public abstract string? ReadSecret(string prompt);

    /// <summary>Reads all of standard input.</summary>
    public abstract string ReadAllInput();

    private bool Has(string name) => GetEnvironment(name) is not null;
}
