using System.Collections;
using System.Text;

namespace Mist.Cli.Terminal;

/// <summary>The process's real console. <c>MIST_FORCE_TTY</c> makes stdout count as a terminal.</summary>
internal sealed class SystemConsole : CliConsole
{
    private readonly Dictionary<string, string> _environment = ReadEnvironment();

    public override TextWriter Out { get; } = CreateOut();

    protected override TextWriter ErrorCore { get; } = Console.Error;

    public override bool IsOutputTty => !Console.IsOutputRedirected || GetEnvironment("MIST_FORCE_TTY") is not null;

    public override bool IsErrorTty => !Console.IsErrorRedirected;

    public override bool IsInputTty => !Console.IsInputRedirected;

    public override IReadOnlyDictionary<string, string> Environment => _environment;

    public override async Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        Error.Write(prompt);
        // Console.ReadLine cannot be interrupted: it runs on a pool thread that is left behind on Ctrl-C, and the
        // process ends with the command (exit 3), so the line it may still read is never used.
        try
        {
            return await Task.Run(Console.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Error.WriteLine();
            throw;
        }
    }

    public override string? ReadSecret(string prompt)
    {
        Error.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }

    public override string ReadAllInput() => Console.In.ReadToEnd();

    /// <summary>
    /// Standard output. <see cref="Console.Out"/> hands the kernel 256 characters per <c>write(2)</c>: 1,600 system
    /// calls for one page of 1,000 devices as NDJSON. Redirected to a file or a pipe (and UTF-8, as it is on Linux and
    /// macOS), stdout gets a 64 KB buffer instead, still flushed at the end of every write, so nothing waits in it and
    /// the order against stderr is kept. A terminal keeps <see cref="Console.Out"/> (on Windows it writes through the
    /// console's own encoding).
    /// </summary>
    private static TextWriter CreateOut()
    {
        if (!Console.IsOutputRedirected || Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            return Console.Out;
        }

        var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = true };
        return TextWriter.Synchronized(writer);
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return result;
    }
}
