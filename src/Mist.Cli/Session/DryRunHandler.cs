using System.Text.Json.Nodes;

namespace Mist.Cli.Session;

/// <summary>
/// With <c>--dry-run</c>, lets reads through and stops at the first write: the request the SDK built is captured
/// exactly (method, path, body) and never sent.
/// </summary>
internal sealed class DryRunHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        JsonNode? body = null;
        if (request.Content is not null)
        {
            var text = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            body = text.Length == 0 ? null : JsonNode.Parse(text);
        }

        throw new DryRunException(request.Method.Method, request.RequestUri!.PathAndQuery, body);
    }
}
