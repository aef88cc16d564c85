using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>Typed send helpers shared by the sub-clients.</summary>
internal static class PipelineExtensions
{
    public static async Task<T> SendAsync<T>(this MistPipeline pipeline, MistRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Pagers.Deserialize(response, type, request)
            ?? throw new MistException($"{request.Method} {request.Path} answered {response.Status} with an empty body where an object was expected.");
    }

    /// <summary>Sends a request whose success has no body (Mist answers 200 with nothing; 204 is accepted too).</summary>
    public static async Task SendNoContentAsync(this MistPipeline pipeline, MistRequest request, CancellationToken cancellationToken) =>
        await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);

    public static MistRequest WithJson(this MistRequest request, MistFieldSet fields) =>
        request.WithJson(fields.ToJson());
}
