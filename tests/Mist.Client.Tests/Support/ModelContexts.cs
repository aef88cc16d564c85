using System.Text.Json.Serialization.Metadata;

namespace Mist.Tests;

/// <summary>Finds a generated model's JSON metadata among the per-model contexts (the SDK itself never looks a model up by type).</summary>
internal static class ModelContexts
{
    public static JsonTypeInfo? TypeInfo(Type type) =>
        MistModelsJsonContexts.All.Select(context => context.GetTypeInfo(type)).FirstOrDefault(info => info is not null);
}
