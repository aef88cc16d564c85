using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>
/// The three ways Mist pages a list, each as a page fetcher:
/// <list type="bullet">
/// <item><description>page number: <c>limit</c> + 1-based <c>page</c>, a bare array, totals in <c>X-Page-*</c> headers;</description></item>
/// <item><description>next link: a search envelope whose relative <c>next</c> (with a <c>search_after</c> cursor) is followed verbatim;</description></item>
/// <item><description>page search: a search envelope with <c>limit</c>, <c>page</c> and <c>total</c>.</description></item>
/// </list>
/// </summary>
internal static class Pagers
{
    public static AsyncPageable<T> PageNumber<T>(MistPipeline pipeline, Func<MistRequest> firstRequest, JsonTypeInfo<List<T>> listType)
        where T : notnull =>
        new FuncPageable<T>(async (token, pageSize, ct) =>
        {
            var page = token is null ? 1 : ParsePageNumber(token);
            var request = firstRequest().SetQuery("limit", Invariant(pageSize)).SetQuery("page", Invariant(page));
            var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
            var items = Deserialize(response, listType, request) ?? [];
            var headers = response.PageHeaders;
            return Page<T>.Create(items, NextPageNumber(headers, page, pageSize, items.Count), headers?.Total, response, PagePosition.From(headers, page, pageSize));
        },
        pipeline);

    /// <summary>A list the API does not page: one request, one page, whatever the page size asked.</summary>
    public static AsyncPageable<T> Unpaged<T>(MistPipeline pipeline, Func<MistRequest> request, JsonTypeInfo<List<T>> listType)
        where T : notnull =>
        new FuncPageable<T>(async (token, pageSize, ct) =>
        {
            var sent = request();
            var response = await pipeline.SendAsync(sent, ct).ConfigureAwait(false);
            var items = Deserialize(response, listType, sent) ?? [];
            return Page<T>.Create(items, null, items.Count, response);
        },
        pipeline);

    public static AsyncPageable<T> NextLink<T>(MistPipeline pipeline, Func<MistRequest> firstRequest, JsonTypeInfo<SearchEnvelope<T>> envelopeType)
        where T : notnull =>
        new FuncPageable<T>(async (token, pageSize, ct) =>
        {
            var request = token is null
                ? firstRequest().SetQuery("limit", Invariant(pageSize))
                : FollowNext(pipeline, token);
            var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
            var envelope = Deserialize(response, envelopeType, request) ?? throw Malformed(request, "an empty body");
            var items = envelope.Results ?? throw Malformed(request, "a search envelope without 'results'");
            var next = items.Count > 0 && !string.IsNullOrEmpty(envelope.Next) ? envelope.Next : null;
            return Page<T>.Create(items, next, envelope.Total, response);
        },
        pipeline);

    public static AsyncPageable<T> PageSearch<T>(MistPipeline pipeline, Func<MistRequest> firstRequest, JsonTypeInfo<SearchEnvelope<T>> envelopeType)
        where T : notnull =>
        new FuncPageable<T>(async (token, pageSize, ct) =>
        {
            var page = token is null ? 1 : ParsePageNumber(token);
            var request = firstRequest().SetQuery("limit", Invariant(pageSize)).SetQuery("page", Invariant(page));
            var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
            var envelope = Deserialize(response, envelopeType, request) ?? throw Malformed(request, "an empty body");
            var items = envelope.Results ?? throw Malformed(request, "a search envelope without 'results'");
            var headers = new MistPageHeaders(envelope.Limit, envelope.Page ?? page, envelope.Total);
            return Page<T>.Create(items, NextPageNumber(headers, page, pageSize, items.Count), envelope.Total, response, PagePosition.From(headers, page, pageSize));
        },
        pipeline);

    /// <summary>
    /// The next page number, or <see langword="null"/> on the last page. With a total, there is more while
    /// page × limit &lt; total (rows returned may differ from the total, for virtual chassis); without one, a
    /// full page means there may be more. An empty page always ends the list.
    /// </summary>
    internal static string? NextPageNumber(MistPageHeaders? headers, int page, int requestedLimit, int itemCount)
    {
        if (itemCount == 0)
        {
            return null;
        }

        var limit = headers?.Limit is int l and > 0 ? l : requestedLimit;
        var hasMore = headers?.Total is { } total ? (long)page * limit < total : itemCount >= limit;
        return hasMore ? Invariant(page + 1) : null;
    }

    /// <summary>A <c>next</c> link is host-relative; one naming any other host is refused so the token stays home.</summary>
    internal static MistRequest FollowNext(MistPipeline pipeline, string next)
    {
        var relative = next;
        var baseAddress = pipeline.BaseAddress.GetLeftPart(UriPartial.Authority);
        if (relative.StartsWith(baseAddress, StringComparison.OrdinalIgnoreCase))
        {
            relative = relative[baseAddress.Length..];
        }

        try
        {
            return new MistRequest(HttpMethod.Get, relative);
        }
        catch (ArgumentException e)
        {
            throw new MistException($"Refusing to follow the 'next' link the server returned ({e.Message}).", e);
        }
    }

    internal static T? Deserialize<T>(MistResponse response, JsonTypeInfo<T> type, MistRequest request)
    {
        try
        {
            return response.Read(type);
        }
        catch (JsonException e)
        {
            throw new MistException($"{request.Method} {request.Path} answered {response.Status} with a body that is not the expected JSON: {e.Message}", e);
        }
    }

    private static MistException Malformed(MistRequest request, string what) =>
        new($"{request.Method} {request.Path} answered with {what}; the page cannot be read.");

    private static int ParsePageNumber(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw new ArgumentException($"'{token}' is not a continuation token of this list (expected a page number).", nameof(token));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
