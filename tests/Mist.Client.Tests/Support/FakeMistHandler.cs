using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Mist.Tests.Support;

/// <summary>
/// A scripted HTTP transport, in the spirit of gh's httpmock: register a responder per (method, path) or queue
/// responses in order; every request is recorded with its body so tests can assert exactly what was sent.
/// </summary>
public sealed class FakeMistHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _queue = new();
    private readonly List<(string Method, string Path, Func<RecordedRequest, HttpResponseMessage> Respond)> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>When set, each request records the (fake) time it was sent at.</summary>
    public TimeProvider? Clock { get; set; }

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Answers the next unrouted request (in order).</summary>
    public FakeMistHandler Enqueue(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _queue.Enqueue(respond);
        return this;
    }

    public FakeMistHandler Enqueue(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers) =>
        Enqueue(_ => Response(status, json, headers));

    public FakeMistHandler EnqueueException(Exception exception) => Enqueue(_ => throw exception);

    /// <summary>Answers every request to (method, path), the path without query string.</summary>
    public FakeMistHandler On(string method, string path, Func<RecordedRequest, HttpResponseMessage> respond)
    {
        lock (_routes)
        {
            _routes.Add((method, path, respond));
        }

        return this;
    }

    public FakeMistHandler On(string method, string path, HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers) =>
        On(method, path, _ => Response(status, json, headers));

    public static HttpResponseMessage Response(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json ?? string.Empty, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body)
        {
            At = Clock?.GetUtcNow() ?? default,
        };
        _requests.Enqueue(recorded);

        Func<RecordedRequest, HttpResponseMessage>? respond;
        lock (_routes)
        {
            respond = _routes.LastOrDefault(r => r.Method == recorded.Method && r.Path == recorded.Path).Respond;
        }

        if (respond is null && !_queue.TryDequeue(out respond))
        {
            throw new InvalidOperationException($"No response scripted for {recorded.Method} {recorded.Uri.PathAndQuery}.");
        }

        var response = respond(recorded);
        response.RequestMessage = request;
        return response;
    }
}
