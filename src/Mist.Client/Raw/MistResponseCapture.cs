namespace Mist;

/// <summary>
/// Gives the raw responses (status, headers, request id, paging headers) behind typed calls, without changing their
/// signatures: every call made on this async flow while the capture is open records its final response here.
/// Captures nest; disposing one restores the one before it.
/// </summary>
/// <example>
/// <code>
/// using var capture = MistResponseCapture.Start();
/// var site = await client.Sites.GetAsync(siteId);
/// Console.WriteLine($"{capture.Response!.Status} request id {capture.Response.RequestId}");
/// </code>
/// </example>
public sealed class MistResponseCapture : IDisposable
{
    private static readonly AsyncLocal<MistResponseCapture?> s_current = new();
    private readonly MistResponseCapture? _outer;
    private readonly List<MistResponse> _responses = [];
    private bool _disposed;

    private MistResponseCapture(MistResponseCapture? outer) => _outer = outer;

    /// <summary>Starts capturing the responses of the calls made from here on in this async flow.</summary>
    public static MistResponseCapture Start()
    {
        var capture = new MistResponseCapture(s_current.Value);
        s_current.Value = capture;
        return capture;
    }

    /// <summary>The final response of the last call that completed (an error response too), or null before any.</summary>
    public MistResponse? Response
    {
        get
        {
            lock (_responses)
            {
                return _responses.Count == 0 ? null : _responses[^1];
            }
        }
    }

    /// <summary>The final response of every call made while the capture was open, in the order they completed (pages included).</summary>
    public IReadOnlyList<MistResponse> Responses
    {
        get
        {
            lock (_responses)
            {
                return [.. _responses];
            }
        }
    }

    internal static void Record(MistResponse response)
    {
        for (var capture = s_current.Value; capture is not null; capture = capture._outer)
        {
            if (!capture._disposed)
            {
                lock (capture._responses)
                {
                    capture._responses.Add(response);
                }

                return;
            }
        }
    }

    /// <summary>Stops capturing; the responses recorded so far stay readable.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (s_current.Value == this)
        {
            s_current.Value = _outer;
        }
    }
}
