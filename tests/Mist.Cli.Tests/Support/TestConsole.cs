using Mist.Cli.Terminal;

namespace Mist.Cli.Tests.Support;

/// <summary>A scripted terminal: captured stdout/stderr, chosen TTY flags, its own environment and typed input.</summary>
internal sealed class TestConsole(bool tty, IReadOnlyDictionary<string, string> environment) : CliConsole
{
    private readonly Queue<string?> _input = new();

    public StringWriter OutWriter { get; } = new();

    public LineWriter ErrorWriter { get; } = new();

    public string Stdin { get; set; } = string.Empty;

    public List<string> Prompts { get; } = [];

    public override TextWriter Out => OutWriter;

    protected override TextWriter ErrorCore => ErrorWriter;

    public override bool IsOutputTty => tty;

    public override bool IsErrorTty => tty;

    public override bool IsInputTty => tty;

    public override IReadOnlyDictionary<string, string> Environment => environment;

    /// <summary>With nothing typed, a prompt waits (for Ctrl-C) instead of reading end of input.</summary>
    public bool WaitAtPrompt { get; set; }

    /// <summary>Called with each prompt as it is shown.</summary>
    public Action<string>? OnPrompt { get; set; }

    public void Type(string? line) => _input.Enqueue(line);

    public override async Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        Prompts.Add(prompt);
        Error.Write(prompt);
        OnPrompt?.Invoke(prompt);
        if (_input.Count > 0)
        {
            return _input.Dequeue();
        }

        if (WaitAtPrompt)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return null;
    }

    public override string? ReadSecret(string prompt)
    {
        Prompts.Add(prompt);
        Error.Write(prompt);
        return _input.Count > 0 ? _input.Dequeue() : null;
    }

    public override string ReadAllInput() => Stdin;
}
