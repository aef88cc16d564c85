using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;

namespace Mist.Cli.Tests;

/// <summary>
/// What every start of the Native AOT binary pays for, whatever the command: NativeAOT runs every module initializer
/// of every assembly at start, before <c>Main</c>. JsonSchema.Net 8's built every JSON Schema meta-schema that way,
/// 29% of <c>mist --version</c> (docs/benchmarks.md, "Start-up and size since the generated models").
/// </summary>
public class StartupCostTests
{
    [Fact]
    public void No_assembly_of_the_mist_binary_has_a_module_initializer()
    {
        var directory = AppContext.BaseDirectory;
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "mist.deps.json")))!;
        var assemblies = deps["targets"]!.AsObject().Single().Value!.AsObject()
            .SelectMany(library => (library.Value!["runtime"] as JsonObject ?? []).Select(file => Path.GetFileName(file.Key)))
            .Append("mist.dll")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("JsonSchema.Net.dll", assemblies);
        Assert.Contains("ModelContextProtocol.Core.dll", assemblies);
        var withInitializer = assemblies.Where(name => HasModuleInitializer(Path.Combine(directory, name))).ToList();

        Assert.True(withInitializer.Count == 0, "Module initializers run at every start of the AOT binary: " + string.Join(", ", withInitializer));
    }

    // A module initializer is the static constructor of the <Module> type, the first row of the TypeDef table.
    private static bool HasModuleInitializer(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var module = metadata.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1));
        return module.GetMethods().Any(method => metadata.GetString(metadata.GetMethodDefinition(method).Name) == ".cctor");
    }
}
