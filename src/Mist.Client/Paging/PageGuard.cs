using System.Globalization;
using System.IO.Hashing;
using System.Text.Json;

namespace Mist;

/// <summary>
/// Stops a list that would never end or would return an item twice. Every page goes through <see cref="Check"/>
/// before it is yielded; the list fails with a <see cref="MistException"/> naming the request when
/// <list type="bullet">
/// <item><description>a continuation token (a page number, a <c>next</c> link, a cursor) comes back a second time;</description></item>
/// <item><description>a page carries an item (byte for byte) that an earlier page already returned: a server that ignores
/// <c>page</c>, or a list that shifted while it was read;</description></item>
/// <item><description>a page comes back empty while the reported total says at least a whole page is still to come;</description></item>
/// <item><description>the pages outnumber twice what the first page's total implies, plus one.</description></item>
/// </list>
/// Items are compared by a 128-bit digest of their JSON, so the memory kept is 16 bytes an item.
/// </summary>
internal sealed class PageGuard<T>(string? startToken, int requestedPageSize)
    where T : notnull
{
    private readonly HashSet<string> _tokens = startToken is null ? new(StringComparer.Ordinal) : new(StringComparer.Ordinal) { startToken };
    private readonly HashSet<UInt128> _items = [];
    private long _emitted;
    private long? _ceiling;
    private long? _firstTotal;
    private int _pages;

    public void Check(Page<T> page)
    {
        _pages++;
        var request = page.Response?.RequestLine ?? "the list request";
        if (_pages == 1)
        {
            _firstTotal = page.Total;
            _ceiling = Ceiling(page);
        }
        else if (_ceiling is { } ceiling && _pages > ceiling)
        {
            throw Stop(request, $"it has sent {_pages:N0} pages, more than twice the {(ceiling - 1) / 2:N0} its first page's total of {_firstTotal:N0} implies");
        }

        if (page.Values.Count == 0 && _pages > 1 && (page.Total ?? _firstTotal ?? 0) - _emitted >= PageSize(page))
        {
            throw Stop(request, $"page {_pages:N0} came back empty after {_emitted:N0} item(s) while the server reports a total of {page.Total ?? _firstTotal:N0}");
        }

        if (page.Response is { } response)
        {
            foreach (var digest in ItemDigests(response.Content))
            {
                if (!_items.Add(digest))
                {
                    throw Stop(request, $"page {_pages:N0} repeats an item an earlier page already returned (the server ignores paging, or the list changed while it was read)");
                }
            }
        }

        _emitted += page.Values.Count;
        if (page.ContinuationToken is { } next && !_tokens.Add(next))
        {
            throw Stop(request, $"page {_pages:N0} points to a next page that was already requested ({Shorten(next)})");
        }
    }

    // Twice the pages the first total implies, plus one: room for a list that grows while it is read, none for one that never ends.
    private static long? Ceiling(Page<T> first)
    {
        if (first.Total is not { } total || total <= 0)
        {
            return null;
        }

        var perPage = first.Position?.Limit ?? Math.Max(1, first.Values.Count);
        var implied = (total + perPage - 1) / perPage;
        return implied > long.MaxValue / 4 ? null : (implied * 2) + 1;
    }

    private long PageSize(Page<T> page) => Math.Max(1, page.Position?.Limit ?? requestedPageSize);

    private static MistException Stop(string request, string why) =>
        new($"{request}: stopped reading the list because {why}; nothing from that page was returned.");

    private static string Shorten(string token) => token.Length <= 120 ? token : string.Concat(token.AsSpan(0, 117), "...");

    /// <summary>The digest of each item of a page body: a bare array, or the <c>results</c> array of a search envelope.</summary>
    internal static List<UInt128> ItemDigests(ReadOnlyMemory<byte> body)
    {
        var digests = new List<UInt128>();
        var span = body.Span;
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return digests;
            }

            if (reader.TokenType == JsonTokenType.StartObject && !MoveToResults(ref reader))
            {
                return digests;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return digests;
            }

            // XXH128, not a cryptographic hash: a server that forged a collision could only stop its own list, which
            // it can do anyway, and SHA-256 through OpenSSL cost 5% of the CPU of listing 100,000 devices.
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                digests.Add(XxHash128.HashToUInt128(span[start..end]));
            }
        }
        catch (JsonException)
        {
            // The page was already read by the pager; a body it accepted but this reader does not is not ours to judge.
        }

        return digests;
    }

    private static bool MoveToResults(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResults = reader.ValueTextEquals("results"u8);
            reader.Read();
            if (isResults)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_pages} page(s), {_emitted} item(s)");
}
