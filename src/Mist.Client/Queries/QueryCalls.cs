using System.Text.Json;
using Mist.Queries;

namespace Mist;

/// <summary>How the generated search and count methods call an operation with their typed options.</summary>
internal static class QueryCalls
{
    /// <summary>Every result of a search, paged in the operation's own style (a <c>next</c> link, page numbers), all pages.</summary>
    public static AsyncPageable<JsonElement> Search(MistPipeline pipeline, MistOperation operation, Guid scopeId, MistQueryOptions? options) =>
        RawPager.Create(pipeline, Build(operation, scopeId, options));

    /// <summary>One count; its options are checked before the request is sent.</summary>
    public static Task<MistCount> CountAsync(MistPipeline pipeline, MistOperation operation, Guid scopeId, MistQueryOptions? options, string? distinct, CancellationToken cancellationToken)
    {
        var request = Build(operation, scopeId, options);
        return SendAsync(pipeline, request, distinct, cancellationToken);
    }

    private static MistRequest Build(MistOperation operation, Guid scopeId, MistQueryOptions? options)
    {
        var request = operation.Request(scopeId);
        options?.AddTo(request);
        return request;
    }

    private static async Task<MistCount> SendAsync(MistPipeline pipeline, MistRequest request, string? distinct, CancellationToken cancellationToken)
    {
        var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        JsonElement? body;
        try
        {
            body = response.ReadJson();
        }
        catch (JsonException e)
        {
            throw new MistException($"{request.Method} {request.Path} answered a body that is not JSON: {e.Message}", e);
        }

        return body is { } root ? MistCount.Read(root, distinct) : throw new MistException($"{request.Method} {request.Path} answered an empty body.");
    }
}
