using Microsoft.Extensions.Logging;

namespace Mist.Mcp;

/// <summary>
/// The waits of one tool call: logged as they happen and listed in the result when the call ends, so the agent
/// knows why the call was slow. (MCP's logging notifications are deprecated, so the result is where it is said.)
/// </summary>
internal sealed class WaitSink(ILogger logger)
{
    private readonly List<string> _said = [];

    public IReadOnlyList<string> Said
    {
        get
        {
            lock (_said)
            {
                return [.. _said];
            }
        }
    }

    public void Report(MistWaitNotice notice)
    {
        var text = WaitRelay.Describe(notice);
        lock (_said)
        {
            _said.Add(text);
        }

        Log.Waiting(logger, text);
    }
}
