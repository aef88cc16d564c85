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

    public static async Task<ToolPage> ReadAsync<T>(
        AsyncPageable<T> pageable, string tool, string fingerprint, string? cursor, int? limit, Func<T, JsonObject> project, CancellationToken cancellationToken)
        where T : notnull
    {
        var (token, size) = Start(tool, fingerprint, cursor, limit);
        await foreach (var page in pageable.AsPages(token, size).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var items = page.Values.Select(project).ToList();
            return new ToolPage(items, items.Count, page.Total, Next(tool, fingerprint, page.ContinuationToken, size));
        }

        return new ToolPage([], 0, 0, null);
    }

    /// <summary>
    /// A page of the items <paramref name="keep"/> accepts, when the API cannot filter them itself: server pages of
    /// <see cref="ScanPageSize"/> are read until the page is full, and the cursor remembers the server page and how
    /// many kept items of it were already returned, so no page comes back empty while items remain and none is
    /// returned twice. The API's total, which counts every item, is left out.
    /// </summary>
    public static async Task<ToolPage> ScanAsync<T>(
        AsyncPageable<T> pageable, string tool, string fingerprint, string? cursor, int? limit, Func<T, bool> keep, Func<T, JsonObject> project,
        CancellationToken cancellationToken)
        where T : notnull
    {
        var (token, size) = Start(tool, fingerprint, cursor, limit);
        var (pageToken, skip) = ParseScan(token);
        var collected = new List<JsonObject>(size);
        string? next = null;
        await foreach (var page in pageable.AsPages(pageToken, ScanPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var kept = page.Values.Where(keep).Skip(skip).ToList();
            var need = size - collected.Count;
            if (kept.Count > need)
            {
                collected.AddRange(kept.Take(need).Select(project));
                next = $"{pageToken}\u001f{skip + need}";
                break;
            }

            collected.AddRange(kept.Select(project));
            skip = 0;
            pageToken = page.ContinuationToken;
            if (pageToken is null || collected.Count == size)
            {
                next = pageToken is null ? null : $"{pageToken}\u001f0";
                break;
            }
        }

        return new ToolPage(collected, collected.Count, null, Next(tool, fingerprint, next, size));
    }

    /// <summary>Server page size of <see cref="ScanAsync"/>: Mist's largest, so a sparse filter costs the fewest calls.</summary>
    public const int ScanPageSize = 1000;

    private static (string? PageToken, int Skip) ParseScan(string? token)
    {
        if (token is null)
        {
            return (null, 0);
        }

        var parts = token.Split('\u001f');
        return parts.Length == 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var skip)
            ? (parts[0].Length == 0 ? null : parts[0], skip)
            : throw ToolErrors.InvalidParams("cursor is damaged; omit it to start again.");
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
