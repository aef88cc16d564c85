using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;

namespace Mist.Mcp;

/// <summary>A read-only escape hatch to any Mist GET endpoint the typed tools do not cover. There is no raw write tool.</summary>
[McpServerToolType]
internal sealed class RawApiTools(MistConnection connection)
{
    private readonly MistClient _mist = connection.Client;

    [McpServerTool(Name = "api_get", Title = "Mist API GET", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Sends a GET to any Mist API path (relative to /api/v1/, e.g. \"sites/{site_id}/stats\" or \"orgs/{org_id}/alarms/search?duration=1d\") and " +
        "returns the JSON. Only GET: it never changes anything. A list comes back one page at a time (body as items, with next_cursor); " +
        "a single object comes back as body.")]
    public async Task<RawGetResult> ApiGetAsync(
        [Description("The path relative to /api/v1/, with an optional query string. No host: the server calls its configured cloud.")] string path,
        [Description(ListPaging.CursorDescription)] string? cursor = null,
        [Description("Items per page for lists: 1 to 200, default 50; ignored when the path sets its own limit.")] int? limit = null,
        CancellationToken cancellationToken = default)
    {
        MistRequest request;
        try
        {
            request = new MistRequest(HttpMethod.Get, path ?? string.Empty);
        }
        catch (ArgumentException e)
        {
            throw ToolErrors.InvalidParams($"path: {ToolErrors.Describe(e)}");
        }

        var (token, size) = ListPaging.Start("api_get", ListPaging.Fingerprint(request.PathAndQuery), cursor, limit);
        await foreach (var page in _mist.GetAllAsync(request).AsPages(token, size).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var status = page.Response?.Status ?? 200;
            var root = page.Response?.ReadJson();
            if (root is { ValueKind: JsonValueKind.Object } single && !single.TryGetProperty("results", out _))
            {
                return new RawGetResult { Path = request.PathAndQuery, Status = status, Body = single };
            }

            return new RawGetResult
            {
                Path = request.PathAndQuery,
                Status = status,
                Items = page.Values,
                Count = page.Values.Count,
                Total = page.Total,
                NextCursor = ListPaging.Next("api_get", ListPaging.Fingerprint(request.PathAndQuery), page.ContinuationToken, size),
            };
        }

        return new RawGetResult { Path = request.PathAndQuery, Status = 200, Items = [], Count = 0 };
    }
}
