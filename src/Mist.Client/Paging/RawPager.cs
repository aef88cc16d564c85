using System.Globalization;
using System.Text.Json;

namespace Mist;

/// <summary>
/// Pages a raw GET in whichever style the first response shows. The continuation token carries the style:
/// <c>page:N</c> (X-Page headers), <c>search:N</c> (page-based envelope) or <c>next:/api/v1/...</c> (next link).
/// </summary>
internal static class RawPager
{
    private const string PagePrefix = "page:";
    private const string SearchPrefix = "search:";
    private const string NextPrefix = "next:";

    public static AsyncPageable<JsonElement> Create(MistPipeline pipeline, MistRequest template) =>
        new FuncPageable<JsonElement>(async (token, pageSize, ct) =>
        {
            var (request, page) = Build(pipeline, template, token, pageSize);
            var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
            JsonElement? body;
            try
            {
                body = response.ReadJson();
            }
            catch (JsonException e)
            {
                throw new MistException($"{request.Method} {request.Path} answered {response.Status} with a body that is not JSON: {e.Message}", e);
            }

            if (body is not { } root)
            {
                return Page<JsonElement>.Create([], null, null, response);
            }

            var limit = ReadLimit(request, pageSize);
            if (root.ValueKind == JsonValueKind.Array)
            {
                var items = root.EnumerateArray().ToList();
                var next = Pagers.NextPageNumber(response.PageHeaders, page, limit, items.Count);
                return Page<JsonElement>.Create(
                    items, next is null ? null : PagePrefix + next, response.PageHeaders?.Total, response, PagePosition.From(response.PageHeaders, page, limit, PagePrefix));
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                var items = results.EnumerateArray().ToList();
                var total = root.TryGetProperty("total", out var t) && t.TryGetInt64(out var n) ? n : (long?)null;
                if (root.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String && items.Count > 0 && link.GetString() is { Length: > 0 } nextLink)
                {
                    return Page<JsonElement>.Create(items, NextPrefix + nextLink, total, response);
                }

                if (root.TryGetProperty("page", out _))
                {
                    var headers = new MistPageHeaders(ReadInt(root, "limit"), ReadInt(root, "page"), total);
                    var next = Pagers.NextPageNumber(headers, page, limit, items.Count);
                    return Page<JsonElement>.Create(items, next is null ? null : SearchPrefix + next, total, response, PagePosition.From(headers, page, limit, SearchPrefix));
                }

                return Page<JsonElement>.Create(items, null, total, response);
            }

            return Page<JsonElement>.Create([root], null, null, response);
        },
        pipeline);

    private static (MistRequest Request, int Page) Build(MistPipeline pipeline, MistRequest template, string? token, int pageSize)
    {
        if (token is null)
        {
            var first = Copy(template);
            if (!HasQuery(template, "limit"))
            {
                first.SetQuery("limit", pageSize.ToString(CultureInfo.InvariantCulture));
            }

            return (first, 1);
        }

        if (token.StartsWith(NextPrefix, StringComparison.Ordinal))
        {
            return (Pagers.FollowNext(pipeline, token[NextPrefix.Length..]), 0);
        }

        var prefix = token.StartsWith(PagePrefix, StringComparison.Ordinal) ? PagePrefix
            : token.StartsWith(SearchPrefix, StringComparison.Ordinal) ? SearchPrefix
            : throw new ArgumentException($"'{token}' is not a continuation token of this list.", nameof(token));
        if (!int.TryParse(token.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            throw new ArgumentException($"'{token}' is not a continuation token of this list.", nameof(token));
        }

        var request = Copy(template);
        if (!HasQuery(template, "limit"))
        {
            request.SetQuery("limit", pageSize.ToString(CultureInfo.InvariantCulture));
        }

        request.SetQuery("page", page.ToString(CultureInfo.InvariantCulture));
        return (request, page);
    }

    private static MistRequest Copy(MistRequest template)
    {
        var copy = new MistRequest(template.Method, template.VerbatimQuery is null ? template.Path : template.Path + "?" + template.VerbatimQuery);
        foreach (var (key, value) in template.Query)
        {
            copy.AddQuery(key, value);
        }

        return copy;
    }

    private static bool HasQuery(MistRequest request, string name) =>
        request.Query.Any(q => q.Key == name)
        || (request.VerbatimQuery?.Split('&').Any(p => p == name || p.StartsWith(name + "=", StringComparison.Ordinal)) ?? false);

    // The page size the server will use: the caller's own limit if the request carries one.
    private static int ReadLimit(MistRequest request, int pageSize)
    {
        var given = request.Query.LastOrDefault(q => q.Key == "limit").Value
            ?? request.VerbatimQuery?.Split('&').Select(p => p.Split('=', 2)).LastOrDefault(p => p[0] == "limit" && p.Length == 2)?[1];
        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : pageSize;
    }

    private static int? ReadInt(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : null;
}
