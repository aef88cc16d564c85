using System.Text;
using System.Text.Json;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// <c>--input FILE|-</c>: a JSON request body from a file or stdin, checked before anything is sent: it must exist,
/// stay under the size cap and be valid JSON.
/// </summary>
internal static class ApiInput
{
    /// <summary>Far above any Mist request body; a bigger input is a mistake (the wrong file), not a request.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static string Read(string source, CliConsole console)
    {
        string text;
        if (source == "-")
        {
            text = console.ReadAllInput();
            CheckSize(Encoding.UTF8.GetByteCount(text), "stdin");
        }
        else
        {
            var file = new FileInfo(source);
            if (!file.Exists)
            {
                throw CliException.Usage($"--input: no file '{source}'.");
            }

            CheckSize(file.Length, source);
            try
            {
                text = File.ReadAllText(file.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CliException.Usage($"--input: cannot read '{source}': {e.Message}");
            }
        }

        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw CliException.Usage($"--input is not valid JSON ({e.Message}); nothing was sent.");
        }

        return text;
    }

    private static void CheckSize(long bytes, string what)
    {
        if (bytes > MaxBytes)
        {
            throw CliException.Usage($"--input {what} is {bytes:N0} bytes; the limit is {MaxBytes:N0} bytes (1 MiB). Nothing was sent.");
        }
    }
}
