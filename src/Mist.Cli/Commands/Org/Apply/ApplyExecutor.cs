using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Mist.Cli.Commands.Org.Config;
using Mist.Cli.Commands.Shared.Bulk;
using Mist.Cli.Errors;
using Mist.Cli.Terminal;

namespace Mist.Cli.Commands.Org.Apply;

/// <summary>
/// Runs a plan tier by tier (what is referred to before what refers to it), each tier's objects N at a time, and
/// resolves references just before each write, from the target's ids and those of the objects created so far. A
/// field whose reference names an object not there yet (a template that applies to a site created later) is sent
/// by a last pass; one naming an object outside the export is not sent (it cannot be found in another org).
/// </summary>
internal sealed class ApplyExecutor(MistClient client, CliConsole console, int concurrency, Guid orgId)
{
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(ApplyStep Step, string Id, JsonObject Fields)> _deferred = new();

    /// <summary>The ids the plan starts from: the target's, by the file's addresses.</summary>
    public void Seed(ConfigDocument target, IReadOnlyDictionary<string, string> targetAddresses)
    {
        _ids["org"] = orgId.ToString("D");
        foreach (var (fileAddress, targetAddress) in targetAddresses)
        {
            if (target.ByAddress.TryGetValue(targetAddress, out var entry) && entry.Id is { } id)
            {
                _ids[fileAddress] = id;
            }
        }
    }

    /// <summary>Runs the steps that write; returns one result row per step (in plan order), and whether Ctrl-C or a stop cut it short.</summary>
    public async Task<(JsonArray Rows, bool Cancelled, string? StopReason)> RunAsync(IReadOnlyList<ApplyStep> steps, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<ApplyStep, JsonObject>();
        var cancelled = false;
        string? stopReason = null;
        foreach (var tier in steps.Where(s => s.Writes).GroupBy(s => s.Tier).OrderBy(g => g.Key))
        {
            var items = tier.ToList();
            if (cancelled || stopReason is not null)
            {
                foreach (var step in items)
                {
                    rows[step] = Row(step, "not_started", null, cancelled ? "Not started: interrupted (Ctrl-C)." : "Not started: " + stopReason);
                }

                continue;
            }

            var run = await new BulkRunner(console, concurrency).RunAsync($"Applying {Describe(items[0])}", items, RunStepAsync, cancellationToken).ConfigureAwait(false);
            cancelled |= run.Cancelled;
            stopReason ??= run.StopReason;
            foreach (var (step, slot) in items.Zip(run.Slots))
            {
                rows[step] = slot.State == BulkState.Done ? slot.Result! : Row(step, slot.ResultName, null, slot.Reason);
            }
        }

        var result = new JsonArray();
        foreach (var step in steps)
        {
            result.Add((JsonNode)(rows.TryGetValue(step, out var row) ? row : Row(step, Untouched(step.Action), step.TargetId, step.Reason)));
        }

        if (!cancelled && stopReason is null && !_deferred.IsEmpty)
        {
            var deferred = _deferred.ToList();
            var run = await new BulkRunner(console, concurrency).RunAsync("Applying references", deferred, (d, token) => RunDeferredAsync(d.Step, d.Id, d.Fields, token), cancellationToken).ConfigureAwait(false);
            cancelled |= run.Cancelled;
            foreach (var ((step, _, fields), slot) in deferred.Zip(run.Slots))
            {
                result.Add((JsonNode)(slot.State == BulkState.Done ? slot.Result! : Row(step, slot.ResultName, null, slot.Reason, fields.Select(p => p.Key))));
            }
        }

        return (result, cancelled, stopReason);
    }

    /// <summary>The request a step sends, with references resolved as far as they can be now (for <c>--dry-run</c>).</summary>
    public (string Method, string Path, JsonObject? Body) Describe(ApplyStep step, out IReadOnlyList<string> later)
    {
        var (body, deferred, _) = Resolve(step.Body, dryRun: true);
        later = deferred;
        string method, path;
        if (step.Action == ApplyAction.Assign)
        {
            var site = _ids.TryGetValue(step.SiteAddress!, out var id) ? id : $"<id of {step.SiteAddress}>";
            return ("PUT", $"/api/v1/orgs/{orgId:D}/inventory", new JsonObject { ["op"] = "assign", ["site_id"] = site, ["macs"] = new JsonArray(step.Entry.Name), ["no_reassign"] = true });
        }

        try
        {
            var request = Request(step, step.TargetId);
            (method, path) = (request.Method.Method, request.PathAndQuery);
        }
        catch (ArgumentException)
        {
            // Its site is created by an earlier step: the path names it.
            var operation = step.Collection!.Operations.Create;
            (method, path) = (operation.Method.Method, operation.PathTemplate.Replace("{site_id}", $"<id of {step.Entry.SiteAddress}>", StringComparison.Ordinal));
        }

        return (method, path, step.Action == ApplyAction.Delete ? null : body);
    }

    private async Task<JsonObject> RunStepAsync(ApplyStep step, CancellationToken cancellationToken)
    {
        if (step.Entry.Kind is ConfigKind.SiteSetting or ConfigKind.SiteObject && step.Action != ApplyAction.Delete && !_ids.ContainsKey(step.Entry.SiteAddress!))
        {
            throw new CliException($"Its site {step.Entry.SiteName} was not created; run apply again once it is.", ExitCodes.Failure);
        }

        var (body, deferred, dropped) = Resolve(step.Body, dryRun: false);
        var note = dropped.Count == 0 ? null : $"Not sent: {string.Join(", ", dropped)} (refers to an object outside the export).";
        switch (step.Action)
        {
            case ApplyAction.Create:
            {
                // A create is not retried after a failure the server may have acted on: the next run finds it by name.
                var response = await client.SendAsync(Request(step, null).WithJson(body), cancellationToken).ConfigureAwait(false);
                var id = ConfigJson.Text((JsonNode.Parse(response.Text) as JsonObject)?["id"])
                    ?? throw new CliException($"POST {Request(step, null).Path} answered no id.", ExitCodes.Failure);
                Remember(step, id);
                Defer(step, id, deferred);
                return Row(step, "created", id, note, body.Select(p => p.Key));
            }

            case ApplyAction.Assign:
            {
                if (!_ids.TryGetValue(step.SiteAddress!, out var siteId))
                {
                    throw new CliException($"Its site ({step.SiteAddress}) was not created; run apply again once it is.", ExitCodes.Failure);
                }

                var assign = new JsonObject { ["op"] = "assign", ["site_id"] = siteId, ["macs"] = new JsonArray(step.Entry.Name), ["no_reassign"] = true };
                await IdempotentRetry.RunAsync(t => client.SendAsync(new MistRequest(HttpMethod.Put, $"orgs/{orgId:D}/inventory").WithJson(assign), t), cancellationToken).ConfigureAwait(false);
                if (body.Count > 0)
                {
                    await IdempotentRetry.RunAsync(t => client.SendAsync(new MistRequest(HttpMethod.Put, $"sites/{siteId}/devices/{step.TargetId}").WithJson(body), t), cancellationToken).ConfigureAwait(false);
                }

                return Row(step, "assigned", step.TargetId, note, body.Select(p => p.Key));
            }

            case ApplyAction.Update:
                if (body.Count > 0)
                {
                    await IdempotentRetry.RunAsync(t => client.SendAsync(Request(step, step.TargetId).WithJson(body), t), cancellationToken).ConfigureAwait(false);
                }

                Defer(step, step.TargetId!, deferred);
                return Row(step, body.Count > 0 ? "updated" : "unchanged", step.TargetId, note, body.Select(p => p.Key));
            default:
                try
                {
                    await IdempotentRetry.RunAsync(t => client.SendAsync(Request(step, step.TargetId), t), cancellationToken).ConfigureAwait(false);
                }
                catch (MistNotFoundException)
                {
                    // Already gone (deleted by an earlier, interrupted run): the end state is the one asked for.
                }

                return Row(step, "deleted", step.TargetId, null);
        }
    }

    private async Task<JsonObject> RunDeferredAsync(ApplyStep step, string id, JsonObject fields, CancellationToken cancellationToken)
    {
        var (body, deferred, _) = Resolve(fields, dryRun: false);
        if (deferred.Count > 0)
        {
            throw new CliException($"{string.Join(", ", deferred)} refers to an object that was not created; run apply again once it is.", ExitCodes.Failure);
        }

        await IdempotentRetry.RunAsync(t => client.SendAsync(UpdateRequest(step, id).WithJson(body), t), cancellationToken).ConfigureAwait(false);
        return Row(step, "updated", id, "References set once the objects they name existed.", body.Select(p => p.Key));
    }

    private void Remember(ApplyStep step, string id) => _ids[step.Entry.Address] = id;

    private void Defer(ApplyStep step, string id, List<string> keys)
    {
        if (keys.Count > 0)
        {
            var fields = new JsonObject();
            foreach (var key in keys)
            {
                fields[key] = step.Body[key]?.DeepClone();
            }

            _deferred.Enqueue((step, id, fields));
        }
    }

    /// <summary>The body with references replaced by the target's ids; the top-level fields naming objects not there yet, and those naming objects outside the export.</summary>
    private (JsonObject Body, List<string> Deferred, List<string> Dropped) Resolve(JsonObject normalised, bool dryRun)
    {
        var body = new JsonObject();
        var deferred = new List<string>();
        var dropped = new List<string>();
        foreach (var (key, value) in normalised)
        {
            var state = 0;
            var resolved = Resolve(value, ref state, dryRun);
            if ((state & 2) != 0)
            {
                dropped.Add(key);
            }
            else if ((state & 1) != 0 && !dryRun)
            {
                deferred.Add(key);
            }
            else
            {
                body[key] = resolved;
                if ((state & 1) != 0)
                {
                    deferred.Add(key);
                }
            }
        }

        return (body, deferred, dropped);
    }

    /// <summary>State bit 1: a reference to an object not (yet) in the target; bit 2: a reference outside the export.</summary>
    private JsonNode? Resolve(JsonNode? node, ref int state, bool dryRun)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = Resolve(value, ref state, dryRun);
                }

                return copy;
            }

            case JsonArray array:
            {
                var copy = new JsonArray();
                foreach (var item in array)
                {
                    copy.Add(Resolve(item, ref state, dryRun));
                }

                return copy;
            }

            case JsonValue value when ConfigJson.Text(value) is { } text && text.StartsWith(ConfigDocument.ReferencePrefix, StringComparison.Ordinal):
                if (text == ConfigDocument.UnresolvedReference)
                {
                    state |= 2;
                    return null;
                }

                var address = text[ConfigDocument.ReferencePrefix.Length..];
                if (_ids.TryGetValue(address, out var id))
                {
                    return JsonValue.Create(id);
                }

                state |= 1;
                return JsonValue.Create($"<id of {address}>");
            default:
                return node?.DeepClone();
        }
    }

    private MistRequest Request(ApplyStep step, string? id) => step.Action switch
    {
        ApplyAction.Create => CreateRequest(step),
        ApplyAction.Delete => DeleteRequest(step, id!),
        _ => UpdateRequest(step, id!),
    };

    private MistRequest CreateRequest(ApplyStep step) => step.Entry.Kind switch
    {
        ConfigKind.Site => new MistRequest(HttpMethod.Post, $"orgs/{orgId:D}/sites"),
        ConfigKind.OrgObject => step.Collection!.Operations.Create.CreateRequest(orgId.ToString("D")),
        ConfigKind.SiteObject => step.Collection!.Operations.Create.CreateRequest(SiteId(step)),
        _ => throw new InvalidOperationException($"{step.Address} cannot be created."),
    };

    private MistRequest UpdateRequest(ApplyStep step, string id) => step.Entry.Kind switch
    {
        ConfigKind.Org => new MistRequest(HttpMethod.Put, $"orgs/{orgId:D}"),
        ConfigKind.OrgSetting => new MistRequest(HttpMethod.Put, $"orgs/{orgId:D}/setting"),
        ConfigKind.Site => new MistRequest(HttpMethod.Put, $"sites/{id}"),
        ConfigKind.SiteSetting => new MistRequest(HttpMethod.Put, $"sites/{SiteId(step)}/setting"),
        ConfigKind.OrgObject => step.Collection!.Operations.Update.CreateRequest(orgId.ToString("D"), id),
        ConfigKind.SiteObject => step.Collection!.Operations.Update.CreateRequest(SiteId(step), id),
        ConfigKind.Device => new MistRequest(HttpMethod.Put, $"sites/{step.DeviceSiteId}/devices/{id}"),
        _ => throw new InvalidOperationException($"{step.Address} cannot be updated."),
    };

    private MistRequest DeleteRequest(ApplyStep step, string id) => step.Entry.Kind switch
    {
        ConfigKind.Site => new MistRequest(HttpMethod.Delete, $"sites/{id}"),
        ConfigKind.OrgObject => step.Collection!.Operations.Delete.CreateRequest(orgId.ToString("D"), id),
        ConfigKind.SiteObject => step.Collection!.Operations.Delete.CreateRequest(ConfigJson.Text(step.Entry.Value["site_id"])!, id),
        _ => throw new InvalidOperationException($"{step.Address} cannot be deleted."),
    };

    /// <summary>The target id of the step's site: an existing site's, or the one created by an earlier tier.</summary>
    private string SiteId(ApplyStep step) =>
        _ids.TryGetValue(step.Entry.SiteAddress!, out var id) ? id : "<id of " + step.Entry.SiteAddress + ">";

    private static string Describe(ApplyStep step) => step.Entry.Kind switch
    {
        ConfigKind.Org or ConfigKind.OrgSetting => "org",
        ConfigKind.OrgObject => "org " + step.Entry.Collection,
        ConfigKind.Site => step.Action == ApplyAction.Delete ? "site deletes" : "sites",
        ConfigKind.SiteSetting => "site settings",
        ConfigKind.SiteObject => "site " + step.Entry.Collection,
        _ => "devices",
    };

    private static string Untouched(string action) => action switch
    {
        ApplyAction.Skip => "skipped",
        ApplyAction.Absent => "absent",
        _ => "unchanged",
    };

    public static JsonObject Row(ApplyStep step, string result, string? id, string? reason, IEnumerable<string>? fields = null) => new()
    {
        ["address"] = step.Address,
        ["action"] = step.Action,
        ["result"] = result,
        ["id"] = id ?? step.TargetId,
        ["fields"] = fields is null ? null : string.Join(",", fields),
        ["reason"] = reason,
    };
}
