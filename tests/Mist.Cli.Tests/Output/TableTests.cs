namespace Mist.Cli.Tests.Output;

/// <summary>Tables a person reads: sites by name, CONNECTED in colour without shifting the columns.</summary>
public class TableTests
{
    [Fact]
    public async Task Site_list_on_a_terminal_is_sorted_by_name_and_json_keeps_mists_order()
    {
        await using var cli = await CliHarness.StartAsync();
        await cli.RunAsync("site", "create", "--name", "aaa first");
        await cli.RunAsync("site", "create", "--name", "Zzz last");

        var table = await cli.RunAsync(["site", "list", "--fields", "name"], tty: true);

        var names = table.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => StripAnsi(l).TrimEnd()).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal("aaa first", names[0]);
        Assert.Equal("Zzz last", names[^1]);
    }

    [Fact]
    public async Task Connected_is_green_when_true_and_red_when_false_and_columns_stay_aligned()
    {
        await using var cli = await CliHarness.StartAsync();

        var colour = await cli.RunAsync(["inventory", "list", "--fields", "connected,mac"], tty: true);
        cli.Environment["NO_COLOR"] = "1";
        var plain = await cli.RunAsync(["inventory", "list", "--fields", "connected,mac"], tty: true);

        Assert.Contains("\u001b[32mtrue\u001b[0m", colour.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[31mfalse\u001b[0m", colour.Stdout, StringComparison.Ordinal);
        Assert.Equal(plain.Stdout, StripAnsi(colour.Stdout));
    }

    private static string StripAnsi(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty);
}
