namespace Mist.Cli.Tests;

/// <summary>
/// Input that must be refused before anything is sent: each case names the message fragment, the exit code
/// (2 for usage and input, 4 for credential problems) and checks that the simulator counted no request.
/// </summary>
public class BadInputTests
{
    public static TheoryData<string, string[], string, int> Cases => new()
    {
        { "bad MAC", ["device", "view", "aa:bb:cc:zz:00:11"], "is not a MAC address", 2 },
        { "--since without a unit", ["event", "list", "--since", "90"], "--since 90: expected a number and a unit", 2 },
        { "--since with an unknown unit", ["alarm", "list", "--since", "2y"], "--since 2y: expected", 2 },
        { "--since zero", ["audit", "list", "--since", "0h"], "--since 0h: expected", 2 },
        { "--since with --start", ["event", "list", "--since", "2h", "--start", "2026-11-30T08:00:00Z"], "cannot be combined", 2 },
        { "--start not a time", ["event", "list", "--start", "yesterday"], "--start yesterday: expected an ISO 8601 time", 2 },
        { "--start after --end", ["audit", "list", "--start", "2026-11-30T09:00:00Z", "--end", "2026-11-30T08:00:00Z"], "is not before --end", 2 },
        { "client view with a bad MAC", ["client", "view", "aa:bb:cc:zz:00:11"], "is not a MAC address", 2 },
        { "client events with a bad MAC", ["client", "events", "not-a-mac"], "is not a MAC address", 2 },
        { "client find with an empty query", ["client", "find", " "], "Give a MAC, an IP address", 2 },
        { "client list with an unknown band", ["client", "list", "--band", "7"], "7", 2 },
        { "alarm ack with a bad id", ["alarm", "ack", "not-an-id"], "'not-an-id' is not an alarm id", 2 },
        { "alarm list with an unknown severity", ["alarm", "list", "--severity", "dire"], "dire", 2 },
        { "--since reaching before 1970", ["event", "list", "--since", "99999d"], "reaches back before 1970", 2 },
        { "--start in the future without --end", ["event", "list", "--start", "2999-01-01T00:00:00Z"], "is in the future", 2 },
        { "--start before 1970", ["audit", "list", "--start", "1969-12-31T00:00:00Z"], "--start 1969-12-31T00:00:00Z: expected", 2 },
        { "--fields unknown to client find", ["client", "find", "host", "--fields", "mac,colour"], "Unknown client field: colour", 2 },
        { "--fields unknown to client list", ["client", "list", "--fields", "colour"], "Unknown client field: colour", 2 },
        { "--fields unknown to client view", ["client", "view", "aabbccddeeff", "--fields", "colour"], "Unknown client field: colour", 2 },
        { "--fields unknown to event list", ["event", "list", "--fields", "time,colour"], "Unknown event field: colour", 2 },
        { "--fields unknown to client events", ["client", "events", "aabbccddeeff", "--fields", "colour"], "Unknown event field: colour", 2 },
        { "--fields unknown to alarm list", ["alarm", "list", "--fields", "colour"], "Unknown alarm field: colour", 2 },
        { "--fields unknown to audit list", ["audit", "list", "--fields", "colour"], "Unknown audit log entry field: colour", 2 },
        { "a whole number option given text", ["wlan", "create", "--ssid", "X", "--site", "{site}", "--vlan", "abc"], "'abc' is not a whole number (--vlan).", 2 },
        { "a whole number option given a fraction", ["org", "export", "--concurrency", "1.5"], "'1.5' is not a whole number (--concurrency).", 2 },
        { "bad MAC to assign", ["inventory", "assign", "00-11-22-33-44-GG", "--site", "{site}"], "is not a MAC address", 2 },
        { "bad UUID where an id is required", ["api", "orgs/Acme/sites"], "is not a UUID", 2 },
        { "bad site id in api path", ["api", "sites/not-a-uuid/devices"], "takes a site id", 2 },
        { "unknown timezone", ["site", "create", "--name", "X", "--timezone", "Mars/Olympus_Mons"], "Unknown time zone", 2 },
        { "unknown country code", ["site", "create", "--name", "X", "--country-code", "XQ"], "Unknown country code", 2 },
        { "latitude out of range", ["site", "create", "--name", "X", "--latlng", "91,2"], "is not a location", 2 },
        { "latlng not two numbers", ["site", "update", "{site}", "--latlng", "48.8"], "is not a location", 2 },
        { "missing --name", ["site", "create", "--timezone", "Europe/Paris"], "--name is required", 2 },
        { "empty --name", ["site", "create", "--name", " "], "--name must not be empty", 2 },
        { "nothing to update", ["site", "update", "{site}"], "Nothing to change", 2 },
        { "unknown flag", ["site", "list", "--colour"], "--colour", 2 },
        { "unknown subcommand", ["site", "frobnicate"], "frobnicate", 2 },
        { "unknown output format", ["site", "list", "-o", "xml"], "xml", 2 },
        { "--fields naming an unknown field", ["site", "list", "--fields", "name,colour"], "Unknown site field: colour", 2 },
        { "invalid --query", ["site", "list", "--query", "[?name =="], "not a valid JMESPath", 2 },
        { "malformed --set value", ["site", "update", "{site}", "--set", "vars={\"floor\":"], "not valid JSON", 2 },
        { "--set without =", ["site", "update", "{site}", "--set", "notes"], "is not key=value", 2 },
        { "http to a non-loopback host", ["site", "list", "--host", "http://10.1.2.3"], "Refusing http://", 2 },
        { "unknown cloud name", ["site", "list", "--host", "mars01"], "Unknown Mist cloud 'mars01'", 2 },
        { "invalid JSON to api --input", ["api", "orgs/{org}/sites", "--input", "{badjson}"], "--input is not valid JSON", 2 },
        { "oversized api --input", ["api", "orgs/{org}/sites", "--input", "{bigjson}"], "the limit is 1,048,576 bytes", 2 },
        { "missing api --input file", ["api", "orgs/{org}/sites", "--input", "{nofile}"], "--input: no file", 2 },
        { "token with whitespace in MIST_API_TOKEN", ["site", "list", "{env:MIST_API_TOKEN=abc def}"], "contains whitespace", 4 },
        { "token with a newline in MIST_API_TOKEN", ["org", "list", "{env:MIST_API_TOKEN=abcdef\n}"], "contains a line break", 4 },
        { "api with an absolute URL", ["api", "https://api.mist.com/api/v1/self"], "is an absolute URL", 2 },
        { "api leaving /api/v1", ["api", "../x"], "must not contain '.' or '..'", 2 },
        { "api with a method Mist does not use", ["api", "-X", "PATCH", "self"], "only GET, POST, PUT and DELETE", 2 },
        { "api --paginate on a write", ["api", "-X", "POST", "orgs/{org}/sites", "--paginate"], "--paginate works only with GET", 2 },
        { "api -f without a key", ["api", "self", "-f", "=1"], "-f '=1' is not key=value", 2 },
        { "api GET with a body", ["api", "-X", "GET", "self", "--input", "{badjson}"], "GET does not carry", 2 },
        { "auth login with the token as a flag", ["auth", "login", "--token", "abc123"], "no token on the command line", 2 },
        { "unknown profile", ["site", "list", "--profile", "nope"], "No profile named 'nope'", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_before_anything_is_sent(string name, string[] args, string fragment, int exitCode)
    {
        await using var cli = await CliHarness.StartAsync();
        var run = Prepare(cli, args);
        cli.Simulator.Counters.Reset();

        var result = await cli.RunAsync(run);

        Assert.True(exitCode == result.ExitCode, $"{name}: expected exit {exitCode}\n{result}");
        Assert.True(result.Stderr.Contains(fragment, StringComparison.Ordinal), $"{name}: stderr lacks '{fragment}'\n{result}");
        Assert.Equal(0, cli.Simulator.Counters.Total);
        Assert.Equal(string.Empty, result.Stdout);
    }

    // Placeholders: {org} and {site} from the seed, input files made on demand, {env:NAME=value} sets a variable.
    private static string[] Prepare(CliHarness cli, string[] args)
    {
        Directory.CreateDirectory(cli.StateDir);
        var run = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith("{env:", StringComparison.Ordinal))
            {
                var pair = arg[5..^1].Split('=', 2);
                cli.Environment[pair[0]] = pair[1];
                continue;
            }

            run.Add(arg switch
            {
                "{badjson}" => Write(cli, "bad.json", "{\"name\": \"x\","),
                "{bigjson}" => Write(cli, "big.json", "{\"notes\": \"" + new string('x', (1024 * 1024) + 10) + "\"}"),
                "{nofile}" => Path.Combine(cli.StateDir, "missing.json"),
                _ => arg.Replace("{org}", cli.Seed.PrimaryOrgId, StringComparison.Ordinal).Replace("{site}", cli.Seed.Sites[0].Id, StringComparison.Ordinal),
            });
        }

        return [.. run];
    }

    private static string Write(CliHarness cli, string name, string content)
    {
        var path = Path.Combine(cli.StateDir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
