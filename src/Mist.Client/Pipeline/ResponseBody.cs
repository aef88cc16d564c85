using System.Globalization;

namespace Mist;

/// <summary>
/// Reads a response body, after decompression, up to <see cref="MistClientOptions.MaxResponseBodySize"/>. A body
/// over the limit is refused as soon as its length or its bytes pass it: a <see cref="MistException"/>, which the
/// retry rules never repeat, so a decompression bomb is inflated at most once and only as far as the limit.
/// </summary>
internal static class ResponseBody
{
    private const int FirstChunk = 16 * 1024;
    private const int MaxChunk = 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpContent content, long limit, MistRequest request, CancellationToken cancellationToken)
    {
        // Content-Length counts the compressed bytes when the body is compressed; it can only refuse early, never allow.
        if (content.Headers.ContentLength is { } declared && declared > limit && content.Headers.ContentEncoding.Count == 0)
        {
            throw TooLarge(request, limit, declared);
        }

        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        // Read into chunks that double up to 1 MiB and are joined once at the end: a body over the limit costs the
        // limit and no more (no doubled buffer, no copy), a body under it its own size twice at worst.
        var chunks = new List<byte[]>();
        var chunk = new byte[content.Headers.ContentLength is { } length and > 0 and < MaxChunk ? (int)length + 1 : FirstChunk];
        var filled = 0;
        long count = 0;
        while (true)
        {
            if (filled == chunk.Length)
            {
                chunks.Add(chunk);
                chunk = new byte[Math.Min(chunk.Length * 2, MaxChunk)];
                filled = 0;
            }

            // Never ask for more than one byte past the limit: that byte is enough to know the body is too large.
            var wanted = (int)Math.Min(chunk.Length - filled, limit - count + 1);
            var read = await stream.ReadAsync(chunk.AsMemory(filled, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
            count += read;
            if (count > limit)
            {
                throw TooLarge(request, limit, null);
            }
        }

        if (chunks.Count == 0)
        {
            return filled == chunk.Length ? chunk : chunk[..filled];
        }

        var body = new byte[count];
        var offset = 0;
        foreach (var full in chunks)
        {
            full.CopyTo(body, offset);
            offset += full.Length;
        }

        chunk.AsSpan(0, filled).CopyTo(body.AsSpan(offset));
        return body;
    }

    private static MistException TooLarge(MistRequest request, long limit, long? declared) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{request.Method} {request.Path}: the response body {(declared is { } d ? $"({d:N0} bytes)" : "(after decompression)")} is larger than the {Describe(limit)} limit (MistClientOptions.MaxResponseBodySize); it was not read further and the request was not retried."));

    private static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB") : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0}-byte");
}
