using System.Text.Json;
using Mist.Simulator.State;

namespace Mist.Simulator.Wire;

/// <summary>
/// A JSON array of devices, each in the view <paramref name="write"/> gives, written straight to the response body.
/// A 1,000-row page is about 400 KB: built as one array first, it took two large-object allocations per page, and the
/// background collections they set off were a sixth of the server's CPU while a client listed 100,000 devices.
/// </summary>
internal sealed class DeviceArrayResult(IReadOnlyList<DeviceRow> rows, Action<Utf8JsonWriter, DeviceRow> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            DeviceJson.WriteArray(writer, rows, write);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
