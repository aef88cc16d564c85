using System.Text.RegularExpressions;

namespace Mist.Simulator.Tests.Conformance;

/// <summary>
/// Operations of the bundled spec that the live API removed or renamed (<c>spec/overlay/live-api.json</c>,
/// <c>removed</c>) answer 404 with a <c>detail</c>, as the live API does, never 200, 405 or 500; a renamed
/// operation's replacement is what the simulator serves where it serves one.
/// </summary>
public sealed partial class RemovedOperationTests
{
    public static TheoryData<string, string> Removed()
    {
        var data = new TheoryData<string, string>();
        foreach (var op in Overlay()["removed"]!.AsArray())
        {
            data.Add((string)op!["method"]!, (string)op["path"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Removed))]
    public async Task A_removed_operation_answers_404_with_a_detail(string method, string template)
    {
        await using var sim = await SimulatorClient.StartAsync();
        var device = sim.Seed.Devices.First(d => d.OrgId == sim.OrgId && d.SiteId is not null);
        var path = Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "org_id" => sim.OrgId,
            "site_id" => device.SiteId!,
            "device_id" => device.Id,
            "map_id" => Guid.NewGuid().ToString(),
            "client_mac" => "5c5b35000001",
            "image_number" => "1",
            _ => "x",
        });

        var (status, body) = await sim.SendJsonAsync(new HttpMethod(method), path.TrimStart('/'), method is "POST" or "PUT" ? "{}" : null);

        Assert.True(status == System.Net.HttpStatusCode.NotFound, $"{method} {path}: {(int)status}");
        Assert.NotNull(body?["detail"]);
    }

    private static JsonObject Overlay()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mist.slnx")))
            {
                return JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "spec", "overlay", "live-api.json")))!.AsObject();
            }
        }

        throw new InvalidOperationException($"No Mist.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
