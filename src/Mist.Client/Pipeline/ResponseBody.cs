using System.Globalization;

namespace Mist;

/// <summary>
/// Reads a response body, after decompression, up to <see cref="MistClientOptions.MaxResponseBodySize"/>. A body
/// over the limit is refused as soon as its length or its bytes pass it: a <see cref="MistException"/>, which the
/// retry rules never repeat, so a decompression bomb is inflated at most once and only as far as the limit.
/// </summary>
internal static class ResponseBody
{
    private const int Chunk = 64 * 1024;

    public static async Task<byte[]> ReadAsync(HttpContent content, long limit, MistRequest request, CancellationToken cancellationToken)
    {
        // Content-Length counts the compressed bytes when the body is compressed; it can only refuse early, never allow.
        if (content.Headers.ContentLength is { } declared && declared > limit && content.Headers.ContentEncoding.Count == 0)
        {
            throw TooLarge(request, limit, declared);
        }

        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        // Grown by doubling but never past the limit plus one chunk, so a bomb costs at most about the limit.
        var buffer = new byte[content.Headers.ContentLength is { } length and > 0 and <= 1 << 20 ? (int)length + 1 : Chunk];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                var grown = (int)Math.Min(Math.Min((long)buffer.Length * 2, limit + Chunk), Array.MaxLength);
                Array.Resize(ref buffer, grown);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return count == buffer.Length ? buffer : buffer[..count];
            }

            count += read;
            if (count > limit)
            {
                throw TooLarge(request, limit, null);
            }
        }
    }

    private static MistException TooLarge(MistRequest request, long limit, long? declared) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{request.Method} {request.Path}: the response body {(declared is { } d ? $"({d:N0} bytes)" : "(after decompression)")} is larger than the {Describe(limit)} limit (MistClientOptions.MaxResponseBodySize); it was not read further and the request was not retried."));

    private static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB") : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0}-byte");
}
