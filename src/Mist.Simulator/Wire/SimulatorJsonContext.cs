using System.Text.Json.Serialization;
using System.Text.Json.Nodes;

namespace Mist.Simulator.Wire;

/// <summary>Source-generated, snake_case JSON for every fixed-shape body the simulator reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ApiUsageResponse))]
[JsonSerializable(typeof(SelfResponse))]
[JsonSerializable(typeof(ApiToken))]
[JsonSerializable(typeof(InventoryAddResponse))]
[JsonSerializable(typeof(InventoryChangeResponse))]
[JsonSerializable(typeof(InventoryUpdateRequest))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<CountryResponse>))]
[JsonSerializable(typeof(SeedSummary))]
[JsonSerializable(typeof(SeededTokens))]
[JsonSerializable(typeof(FaultOptions))]
[JsonSerializable(typeof(SeedRequest))]
[JsonSerializable(typeof(ControlSeedResponse))]
[JsonSerializable(typeof(ControlCountersResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
