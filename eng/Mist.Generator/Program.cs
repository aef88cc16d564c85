using System.Text.Json.Nodes;
using Mist.Generator;

// Usage: dotnet run --project eng/Mist.Generator [-- --check]
var check = args.Contains("--check");
var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository: no Mist.slnx above the current directory.");

var specJson = Load(Path.Combine(root, "spec", "mist-openapi", "mist.openapi.json"));
var spec = new SpecReader(specJson);
var overlay = Load(Path.Combine(root, "spec", "overlay", "live-api.json"));
var operations = Overlay.Apply(overlay, spec.Operations(), spec.QueryParametersByName());

var live = (string?)overlay["live"] ?? "unknown";
var collections = Collections.Find(operations, spec);

// The configuration objects: models from the request schemas, typed collections on the org, site and MSP clients.
// The hand-written Org keeps the MSP org collection; no model may take the name of a type of the Mist namespace.
var sdkCollections = ConfigCollections.From(collections, operations);
var overrides = new Dictionary<string, TypeRef>(StringComparer.Ordinal)
{
    ["org"] = new("global::Mist.Org", "Mist.Org", false, "Org", false),
};
var handWritten = HandWritten.TypeNames(Path.Combine(root, "src", "Mist.Client"));
var models = new SchemaModels(specJson, handWritten, overrides);
var queries = QueriesEmitter.Select(operations);
var roots = sdkCollections.ToDictionary(c => c, c => models.Root(c.Schema));

var outputs = new Dictionary<string, string>
{
    ["src/Mist.Client/Generated/MistOperations.g.cs"] = OperationsEmitter.Table(operations, spec.Version, live),
    ["src/Mist.Client/Generated/Models.g.cs"] = ModelsEmitter.Models(models),
    ["src/Mist.Client/Generated/ModelJsonContexts.g.cs"] = ModelsEmitter.Contexts(models, roots.Values.Where(r => r.Key != "Org").DistinctBy(r => r.Key)),
    ["src/Mist.Client/Generated/ConfigCollections.g.cs"] = ModelsEmitter.Collections(sdkCollections, c => roots[c]),
    ["src/Mist.Client/Generated/Queries.g.cs"] = QueriesEmitter.Code(queries, handWritten),
    ["src/Mist.Client/Generated/PublicAPI.Unshipped.txt"] = OperationsEmitter.PublicApi(
        operations, ModelsEmitter.PublicApi(models, sdkCollections, c => roots[c]).Concat(QueriesEmitter.PublicApi(queries, handWritten))),
    ["src/Mist.Simulator/Collections/ConfigCollections.g.cs"] = Collections.Table(collections, spec.Version, live),
    ["src/Mist.Simulator/Collections/request-schemas.json"] = RequestSchemas.Document(spec, collections),
};

var stale = new List<string>();
foreach (var (relative, text) in outputs)
{
    var path = Path.Combine(root, relative);
    var current = File.Exists(path) ? File.ReadAllText(path) : null;
    if (current == text)
    {
        continue;
    }

    stale.Add(relative);
    if (!check)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

Console.WriteLine($"{operations.Count} operations ({operations.Count(o => o.Origin == "Added")} added and {operations.Count(o => o.Origin == "Changed")} changed by the overlay).");
Console.WriteLine($"{collections.Count} configuration-object collections, {models.Types.Count()} model types.");
if (check && stale.Count > 0)
{
    Console.Error.WriteLine($"Out of date (run `dotnet run --project eng/Mist.Generator` and commit): {string.Join(", ", stale)}");
    return 1;
}

Console.WriteLine(stale.Count == 0 ? "Generated files are up to date." : $"Wrote {string.Join(", ", stale)}.");
return 0;

static JsonObject Load(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

static string? FindRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Mist.slnx")))
        {
            return directory.FullName;
        }
    }

    return null;
}
