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
        var document = await new OrgExporter(session.Client, context.Console, concurrency)
            .ExportAsync(orgId, context.Time.GetUtcNow(), session.IsSimulator ? EmbeddedHost : null, includeSecrets, cancellationToken).ConfigureAwait(false);
        var text = OutputWriter.Indented(document);
        var counts = $"{document["sites"]!.AsArray().Count} site(s), {document["devices"]!.AsArray().Count} device(s), {document["inventory"]!.AsArray().Count} inventory item(s)";
        if (includeSecrets)
        {
            context.Output.Notice("Warning: the export holds secrets: PSKs, RADIUS and webhook secrets, and device claim codes (magic), with which anyone can claim the device into their own org. Keep it private.");
        }
        if (path is null)
        {
            context.Output.WriteText(text);
            context.Output.Success($"Exported {counts}.");
            return ExitCodes.Success;
        }

        WriteAtomically(path, text + "\n");
        context.Output.Notice($"Exported {counts} to {path}.");
        return ExitCodes.Success;
    }

    private static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Created 0600 (where the OS has modes) before a byte is written: there is never a moment others can read it.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw CliException.Usage($"Cannot write {path}: {e.Message}");
        }
    }
}
