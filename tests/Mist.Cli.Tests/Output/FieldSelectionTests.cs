namespace Mist.Cli.Tests.Output;

/// <summary>A nested field chosen with <c>--fields</c> has the same value in every format, lists and single items.</summary>
public class FieldSelectionTests
{
    [Theory]
    [InlineData("csv", "name,latlng.lat\r\nLyon,45.76\r\n")]
    [InlineData("table", "Lyon\t45.76\n")]
    [InlineData("ndjson", "{\"name\":\"Lyon\",\"latlng.lat\":45.76}\n")]
    [InlineData("yaml", "- name: Lyon\n  latlng.lat: 45.76\n")]
    public async Task A_nested_field_is_shown_in_every_list_format(string format, string expected)
    {
        await using var cli = await CliHarness.StartAsync();
        await cli.RunAsync("site", "create", "--name", "Lyon", "--latlng", "45.76,4.83");

        var result = await cli.RunAsync("site", "list", "--name", "Lyon", "--fields", "name,latlng.lat", "-o", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public async Task A_nested_field_is_shown_by_view_on_a_terminal_and_piped()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment["NO_COLOR"] = "1";
        await cli.RunAsync("site", "create", "--name", "Lyon", "--latlng", "45.76,4.83");

        var tty = await cli.RunAsync(["site", "view", "Lyon", "--fields", "name,latlng.lat"], tty: true);
        var piped = await cli.RunAsync("site", "view", "Lyon", "--fields", "name,latlng.lat", "-o", "csv");

        Assert.Contains("latlng.lat  45.76", tty.Stdout, StringComparison.Ordinal);
        Assert.Equal("name,latlng.lat\r\nLyon,45.76\r\n", piped.Stdout);
    }

    [Fact]
    public async Task An_empty_list_in_csv_is_the_header_of_its_columns_and_an_empty_any_list_is_nothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var sites = await cli.RunAsync("site", "list", "--name", "No such site", "-o", "csv");
        var named = await cli.RunAsync("site", "list", "--name", "No such site", "--fields", "name,id", "-o", "csv");
        var any = await cli.RunAsync("api", "orgs/{org}/sites?limit=100&page=99".Replace("{org}", cli.Seed.PrimaryOrgId, StringComparison.Ordinal), "-o", "csv");

        Assert.Equal("name,id,timezone,country_code,address,modified_time\r\n", sites.Stdout);
        Assert.Equal("name,id\r\n", named.Stdout);
        Assert.True(any.ExitCode == 0, any.ToString());
        Assert.Equal(string.Empty, any.Stdout);
    }
}
