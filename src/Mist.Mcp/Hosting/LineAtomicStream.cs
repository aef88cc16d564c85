namespace Mist.Mcp;

/// <summary>
/// The stdout side of the stdio transport: bytes are held until a newline and each whole line is written at once,
/// so the replies <see cref="JsonRpcLineGuard"/> writes itself never land inside a message the SDK is writing.
/// </summary>
internal sealed class LineAtomicStream(Stream inner) : Stream
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Writes one complete line (a newline is added) between the lines of other writers.</summary>
    public async Task WriteLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await inner.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await inner.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var rest = buffer;
        while (rest.Length > 0)
        {
            var newline = rest.Span.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _pending.Write(rest.Span);
                return;
            }

            _pending.Write(rest.Span[..newline]);
            var line = _pending.ToArray();
            _pending.SetLength(0);
            await WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
            rest = rest[(newline + 1)..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    // Lines are flushed as they complete; a partial line waits for its newline.
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
            _pending.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
