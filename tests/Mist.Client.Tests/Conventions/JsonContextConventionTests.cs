using System.Reflection;

namespace Mist.Tests.Conventions;

/// <summary>
/// Every model a public method returns is in <see cref="MistJsonContext"/>: without it, serialising the model (a CLI's
/// <c>--json</c>, an MCP tool's result) falls back to reflection, which Native AOT does not have.
/// </summary>
public class JsonContextConventionTests
{
    [Fact]
    public void Every_model_in_a_public_return_type_is_registered_in_MistJsonContext()
    {
        var models = PublicSurface.Methods()
            // Compiler-made members such as a record's <Clone>$ return the type itself, not what an operation gives.
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(m => Models(m.ReturnType))
            .Distinct()
            .ToList();

        var missing = models
            // Hand-written models are registered in MistJsonContext; the spec's generated ones (Mist.Models) in the
            // generated model contexts, one per collection's model.
            .Where(type => MistJsonContext.Default.GetTypeInfo(type) is null && ModelContexts.TypeInfo(type) is null)
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(typeof(Site), models);
        Assert.True(missing.Count == 0, "Not in MistJsonContext: " + string.Join(", ", missing));
    }

    // The SDK's own data types inside a return type: Task<T>, AsyncPageable<T>, IReadOnlyList<T>, T? are unwrapped.
    private static IEnumerable<Type> Models(Type type)
    {
        if (type.IsGenericType)
        {
            return type.GetGenericArguments().SelectMany(Models);
        }

        if (type.IsArray)
        {
            return Models(type.GetElementType()!);
        }

        return type.Assembly == PublicSurface.Sdk && !type.IsGenericParameter && IsModel(type) ? [type] : [];
    }

    // Not models: the clients and other behaviour (they carry methods, not wire data), raw responses, pages and
    // exceptions; and value types such as MistCloud or DeviceType, which are values with their own converters.
    // A model is a record or a plain data class (STYLE: models are sealed records).
    private static bool IsModel(Type type) =>
        type.IsClass
        && !type.IsAbstract
        && !type.IsEnum
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(IDisposable).IsAssignableFrom(type)
        && type != typeof(MistResponse)
        && !type.Name.EndsWith("Client", StringComparison.Ordinal)
        && type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .All(m => m.IsSpecialName || m.Name is "ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "PrintMembers");
}
