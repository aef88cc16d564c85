using System.Net;

namespace Mist.Tests.Hostile;

/// <summary>
/// Issue 12, item 3: a response body over <see cref="MistClientOptions.MaxResponseBodySize"/> fails the call once,
/// naming the request and the limit, and is neither read past the limit nor fetched again.
/// </summary>
public class HostileBodyTests
{
    [Fact]
    public async Task A_body_that_never_ends_is_cut_at_the_limit_and_not_retried()
    {
        using var t = new TestClient(o => o.MaxResponseBodySize = 1024 * 1024);
        var endless = new EndlessStream();
        t.Handler.On("GET", "/api/v1/self", _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(endless) });

        var error = await Assert.ThrowsAsync<MistException>(() => t.Client.SendAsync(new MistRequest(HttpMethod.Get, "self"), TestContext.Current.CancellationToken));

        Assert.Single(t.Handler.Requests);
        Assert.Contains("GET /api/v1/self", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB limit", error.Message, StringComparison.Ordinal);
        Assert.Equal((1024 * 1024) + 1, endless.Served);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        using var t = new TestClient(o => o.MaxResponseBodySize = 4096);
        var endless = new EndlessStream();
        t.Handler.On("GET", "/api/v1/self", _ =>
        {
            var content = new StreamContent(endless);
            content.Headers.ContentLength = 200_000_000;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        var error = await Assert.ThrowsAsync<MistException>(() => t.Client.SendAsync(new MistRequest(HttpMethod.Get, "self"), TestContext.Current.CancellationToken));

        Assert.Single(t.Handler.Requests);
        Assert.Contains("200,000,000 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, endless.Served);
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read_whole()
    {
        using var t = new TestClient(o => o.MaxResponseBodySize = 4096);
        var json = "\"" + new string('x', 4094) + "\"";
        t.Handler.On("GET", "/api/v1/self", HttpStatusCode.OK, json);

        var response = await t.Client.SendAsync(new MistRequest(HttpMethod.Get, "self"), TestContext.Current.CancellationToken);

        Assert.Equal(4096, response.Content.Length);
    }

    [Fact]
    public void The_limit_defaults_to_64_MiB_and_rejects_nonsense()
    {
        var options = new MistClientOptions();

        Assert.Equal(64L * 1024 * 1024, options.MaxResponseBodySize);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxResponseBodySize = 0);
        var tooBig = 2L * 1024 * 1024 * 1024;
        var error = Record.Exception(() => options.MaxResponseBodySize = tooBig);
        Assert.True(error is ArgumentOutOfRangeException, $"{error?.GetType().Name ?? "nothing"} thrown; the limit is now {options.MaxResponseBodySize}");
    }

    /// <summary>A body that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
