using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mist.Mcp;

/// <summary>
/// Bounded pages with opaque cursors over the SDK's <see cref="AsyncPageable{T}.AsPages"/>. A cursor carries the
/// SDK's continuation token and the page size (page numbers mean nothing at another size), plus the tool and a
/// fingerprint of the arguments, so it can only continue the list it came from.
/// </summary>
internal static class ListPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public const string LimitDescription = "Items per page: 1 to 200, default 50. With a cursor, omit it or give the same value.";
    public const string CursorDescription = "The next_cursor of the previous page, to continue a list; repeat the other arguments of that call unchanged.";

    /// <summary>
    /// One page of <paramref name="pageable"/>. With <paramref name="keep"/>, items it rejects are dropped from the
    /// page (which may then hold fewer than the limit, even none, with a cursor still to follow) and the API's total,
    /// which counted them, is left out.
    /// </summary>
    public static async Task<ToolPage> ReadAsync<T>(
        AsyncPageable<T> pageable, string tool, string fingerprint, string? cursor, int? limit, Func<T, JsonObject> project, CancellationToken cancellationToken,
        Func<T, bool>? keep = null)
        where T : notnull
    {
        var (token, size) = Start(tool, fingerprint, cursor, limit);
        await foreach (var page in pageable.AsPages(token, size).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var items = page.Values.Where(keep ?? (_ => true)).Select(project).ToList();
            return new ToolPage(items, items.Count, keep is null ? page.Total : null, Next(tool, fingerprint, page.ContinuationToken, size));
        }

        return new ToolPage([], 0, 0, null);
    }

    /// <summary>A page of a list the API returns whole (the orgs, a name lookup): the cursor carries an offset.</summary>
    public static ToolPage Slice<T>(IReadOnlyList<T> all, string tool, string fingerprint, string? cursor, int? limit, Func<T, JsonObject> project)
    {
        var (token, size) = Start(tool, fingerprint, cursor, limit);
        var offset = token is null ? 0 : int.TryParse(token, out var o) && o >= 0 ? o : throw ToolErrors.InvalidParams("cursor is damaged; omit it to start again.");
        var items = all.Skip(offset).Take(size).Select(project).ToList();
        var next = offset + size < all.Count ? (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new ToolPage(items, items.Count, all.Count, Next(tool, fingerprint, next, size));
    }

    /// <summary>
    /// Checks the page arguments before anything is looked up (so a bad one sends nothing): the limit's range, and
    /// that a cursor is one of this tool's. <see cref="Start"/> later checks it was issued for the same arguments.
    /// </summary>
    public static void Precheck(string tool, string? cursor, int? limit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw ToolErrors.InvalidParams($"limit must be between 1 and {MaxLimit} (default {DefaultLimit}); {limit} was given.");
        }

        if (!string.IsNullOrWhiteSpace(cursor) && Decode(cursor.Trim())?.T != tool)
        {
            throw ToolErrors.InvalidParams($"cursor is not a cursor of {tool}; pass next_cursor from a previous {tool} result, or omit it for the first page.");
        }
    }

    /// <summary>Where to start: the first page at <paramref name="limit"/>, or where <paramref name="cursor"/> says.</summary>
    public static (string? Token, int Size) Start(string tool, string fingerprint, string? cursor, int? limit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw ToolErrors.InvalidParams($"limit must be between 1 and {MaxLimit} (default {DefaultLimit}); {limit} was given.");
        }

        if (string.IsNullOrWhiteSpace(cursor))
        {
            return (null, limit ?? DefaultLimit);
        }

        var decoded = Decode(cursor.Trim());
        if (decoded is null || decoded.T != tool)
        {
            throw ToolErrors.InvalidParams($"cursor is not a cursor of {tool}; pass next_cursor from a previous {tool} result, or omit it for the first page.");
        }

        if (decoded.Q != fingerprint)
        {
            throw ToolErrors.InvalidParams("cursor was issued for different arguments; repeat the arguments of the call that returned it, or omit cursor to start again.");
        }

        if (limit is { } given && given != decoded.N)
        {
            throw ToolErrors.InvalidParams($"limit must stay {decoded.N} while following this cursor (or be omitted).");
        }

        return (decoded.K, decoded.N);
    }

    public static string? Next(string tool, string fingerprint, string? token, int size)
    {
        if (token is null)
        {
            return null;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new ListCursor(tool, fingerprint, token, size), MistMcpJsonContext.Default.ListCursor);
        return Base64Url.EncodeToString(json);
    }

    /// <summary>A short hash of the arguments that shape a list (not the page size, cursor or fields).</summary>
    public static string Fingerprint(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p ?? "\u2400"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    private static ListCursor? Decode(string cursor)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            var decoded = JsonSerializer.Deserialize(bytes, MistMcpJsonContext.Default.ListCursor);
            return decoded is { T: not null, Q: not null, K: not null, N: >= 1 and <= MaxLimit } ? decoded : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
