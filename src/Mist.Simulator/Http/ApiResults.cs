using System.Text;
using System.Text.Json.Nodes;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Http;

/// <summary>Responses in Mist's shapes: JSON bodies, <c>{"detail"}</c> errors, and 200 with an empty body.</summary>
internal static class ApiResults
{
    private const string JsonType = "application/json";

    public static IResult Json(string json) => Results.Content(json, JsonType, Encoding.UTF8);

    public static IResult Json(JsonNode node) => Results.Content(node.ToJsonString(), JsonType, Encoding.UTF8);

    public static IResult Json(byte[] utf8) => Results.Bytes(utf8, JsonType);

    /// <summary>A JSON array of already-serialised objects, written without re-parsing them.</summary>
    public static IResult JsonArray(IReadOnlyList<string> items)
    {
        var builder = new StringBuilder(2 + items.Sum(i => i.Length + 1));
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(items[i]);
        }

        return Json(builder.Append(']').ToString());
    }

    /// <summary>200 with no body: Mist's answer to delete and device actions.</summary>
    public static IResult Ok() => Results.Ok();

    public static IResult Error(int status, string detail) =>
        Results.Json(new ErrorResponse(detail), SimulatorJsonContext.Default.ErrorResponse, contentType: JsonType, statusCode: status);

    public static IResult BadRequest(string detail) => Error(StatusCodes.Status400BadRequest, detail);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, ApiErrors.NotFound);

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, ApiErrors.Forbidden);
}
