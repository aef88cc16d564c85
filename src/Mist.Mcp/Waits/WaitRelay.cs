namespace Mist.Mcp;

/// <summary>
/// Carries the client's wait notices (rate limit, budget, backoff) to the tool call that is waiting. The client
/// reports through one process-wide callback; the call that set <see cref="Current"/> on its async flow receives it.
/// </summary>
internal static class WaitRelay
{
    private static readonly AsyncLocal<WaitSink?> s_current = new();

    /// <summary>The notices of the tool call on this async flow, or <see langword="null"/> outside a call.</summary>
    public static WaitSink? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    public static void Report(MistWaitNotice notice)
    {
        s_current.Value?.Report(notice);
    }

    public static string Describe(MistWaitNotice notice) => notice.Reason switch
    {
        MistWaitReason.ServerRateLimit => $"Waited {MistErrorText.Format(notice.Delay)} because Mist answered 429 (rate limit) to {notice.Method} {notice.Path}.",
        MistWaitReason.ClientBudget => $"Waited {MistErrorText.Format(notice.Delay)} for the token's hourly call budget before {notice.Method} {notice.Path}.",
        _ => $"Waited {MistErrorText.Format(notice.Delay)} before retrying {notice.Method} {notice.Path} after a transient failure.",
    };
}
