using System.CommandLine;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Org.Export;

/// <summary>
/// <c>mist org export [--out FILE]</c>: one versioned JSON document with the org, its sites and their settings, every
/// device's configuration and the inventory. To stdout, or to FILE written atomically (a temporary file renamed
/// over it), so an interrupted export never leaves half a document behind. The file is created 0600 on Unix: an
/// export describes the whole org. Secrets (PSKs, RADIUS and webhook secrets, device claim codes) are left out
/// (replaced by a placeholder; claim codes removed) unless <c>--include-secrets</c>. The format is in docs/org-config.md.
/// </summary>
internal sealed class OrgExportCommand : MistCommand
{
    private readonly Option<string?> _out = new("--out") { Description = "Write the document to this file (atomically) instead of stdout." };
    private readonly Option<int> _concurrency = BulkOptions.Concurrency();
    private readonly Option<bool> _includeSecrets = new("--include-secrets") { Description = "Keep secrets in the document (PSKs, RADIUS and webhook secrets, device claim codes); it is created 0600." };

    public OrgExportCommand(CliApp app)
        : base(app, "export", "Export the org's whole configuration (objects, sites and settings, device configurations, inventory) as one JSON document.")
    {
        Options.Add(_out);
        Options.Add(_concurrency);
        Options.Add(_includeSecrets);
    }

    /// <summary>The export's host for the embedded simulator, whose port changes every run: one stable name.</summary>
    public const string EmbeddedHost = "embedded-simulator";

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var concurrency = BulkOptions.ConcurrencyOf(context.Parse, _concurrency);
        var path = context.Parse.GetValue(_out);
        var includeSecrets = context.Parse.GetValue(_includeSecrets);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
        var exporter = new OrgExporter(session.Client, context.Console, concurrency);
        var host = session.IsSimulator ? EmbeddedHost : null;
        var now = context.Time.GetUtcNow();
        if (path is null)
        {
            var document = await exporter.ExportAsync(orgId, now, host, includeSecrets, cancellationToken).ConfigureAwait(false);
            WarnOfSecrets(context, includeSecrets);
            context.Output.WriteText(OutputWriter.Indented(document));
            context.Output.Success($"Exported {new ExportCounts(document["sites"]!.AsArray().Count, document["devices"]!.AsArray().Count, document["inventory"]!.AsArray().Count)}.");
            return ExitCodes.Success;
        }

        // To a file, each site is written as it is read: memory holds a few sites, not the org.
        var counts = await WriteAtomicallyAsync(path, stream => ExportToAsync(exporter, stream, orgId, now, host, includeSecrets, cancellationToken)).ConfigureAwait(false);
        WarnOfSecrets(context, includeSecrets);
        context.Output.Notice($"Exported {counts} to {path}.");
        return ExitCodes.Success;
    }

    private static async Task<ExportCounts> ExportToAsync(OrgExporter exporter, Stream stream, Guid orgId, DateTimeOffset now, string? host, bool includeSecrets, CancellationToken cancellationToken)
    {
        using var sink = new ExportStreamSink(stream);
        var counts = await exporter.ExportAsync(orgId, now, host, includeSecrets, sink, cancellationToken).ConfigureAwait(false);
        sink.Complete();
        return counts;
    }

    private static void WarnOfSecrets(CommandContext context, bool includeSecrets)
    {
        if (includeSecrets)
        {
            context.Output.Notice("Warning: the export holds secrets: PSKs, RADIUS and webhook secrets, and device claim codes (magic), with which anyone can claim the device into their own org. Keep it private.");
        }
    }

    /// <summary>
    /// Writes to a temporary file next to <paramref name="path"/> and renames it over it once complete: a failed or
    /// interrupted export (a site that cannot be read, Ctrl-C) removes the temporary file and leaves any earlier file as it was.
    /// </summary>
    private static async Task<T> WriteAtomicallyAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var done = false;
        try
        {
            // Created 0600 (where the OS has modes) before a byte is written: there is never a moment others can read it.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            T result;
            var stream = new FileStream(temporary, options);
            await using (stream.ConfigureAwait(false))
            {
                result = await write(stream).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
            done = true;
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"Cannot write {path}: {e.Message}");
        }
        finally
        {
            if (!done)
            {
                File.Delete(temporary);
            }
        }
    }
}
