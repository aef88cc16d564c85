namespace Mist.IntegrationTests;

/// <summary>The SDK example of README.md, word for word between the markers; a test compiles and runs it.</summary>
internal static class ReadmeExample
{
    public static async Task RunAsync(string host, string token, string mac)
    {
        // README:start
        // host: "eu", "api.gc1.mist.com" or a URL; token: a Mist API token, or a comma-separated pool of tokens.
        using var client = new MistClient(new MistCredential(token), new MistClientOptions { Cloud = MistCloud.Parse(host) });

        foreach (var org in await client.Self.ListOrgsAsync())
        {
            Console.WriteLine($"{org.Name} ({org.Role})");
            await foreach (var site in client.Sites.ListAsync(org.Id))
            {
                Console.WriteLine($"  {site.Name}  {site.Timezone}");
            }

            // Find a device by MAC in any notation (or serial, id, name), then rename it: only `name` is sent.
            var device = (await client.Devices.FindAsync(org.Id, mac)).Single();
            await client.Devices.UpdateAsync(device.SiteId!.Value, device.Id!.Value, new DeviceUpdateOptions { Name = "lobby-ap" });
        }

        // README:end
    }
}
