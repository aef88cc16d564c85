namespace Mist.Mcp.Tests;

public sealed class GateAndCursorUnitTests
{
    [Theory]
    [InlineData("HQ", true)]
    [InlineData(" HQ ", true)]
    [InlineData("hq", false)]
    [InlineData("00000000-0000-0000-1000-5c5b35000018", true)]
    [InlineData("5C:5B:35:00:00:18", true)]
    [InlineData("SERIAL1", true)]
    [InlineData("HQ2", false)]
    public void An_object_is_confirmed_by_its_exact_name_or_any_of_its_ids(string confirm, bool accepted)
    {
        var request = ConfirmationRequest.ForObject("restart device", "device", "HQ", "00000000-0000-0000-1000-5c5b35000018", "x", "5c5b35000018", "serial1");

        Assert.Equal(accepted, request.Accepts(confirm));
    }

    [Theory]
    [InlineData("5c5b35000018,5c5b35000019", true)]
    [InlineData("5c-5b-35-00-00-19 5C5B35000018", true)]
    [InlineData("5c5b35000018", false)]
    [InlineData("5c5b35000018,5c5b35000019,5c5b3500001a", false)]
    [InlineData("5c5b35000018,garbage", false)]
    public void Several_devices_are_confirmed_by_exactly_their_macs(string confirm, bool accepted)
    {
        var request = ConfirmationRequest.ForDevices("unassign", ["5c5b35000018", "5c5b35000019"], "x");

        Assert.Equal(accepted, request.Accepts(confirm));
    }

    [Fact]
    public void A_cursor_round_trips_and_a_damaged_one_is_an_argument_error()
    {
        var fingerprint = ListPaging.Fingerprint("org", null);
        var cursor = ListPaging.Next("list_sites", fingerprint, "3", 25);

        Assert.Equal(("3", 25), ListPaging.Start("list_sites", fingerprint, cursor, null));
        Assert.Null(ListPaging.Next("list_sites", fingerprint, null, 25));
        var damaged = Assert.Throws<ToolArgumentException>(() => ListPaging.Start("list_sites", fingerprint, "not-a-cursor", null));
        Assert.Contains("cursor", damaged.Message, StringComparison.Ordinal);
        Assert.Throws<ToolArgumentException>(() => ListPaging.Start("list_sites", fingerprint, cursor, 50));
        Assert.Throws<ToolArgumentException>(() => ListPaging.Start("list_sites", fingerprint, null, 0));
    }

    [Fact]
    public void Field_selection_is_compact_by_default_and_drops_nulls()
    {
        var full = new System.Text.Json.Nodes.JsonObject { ["id"] = "1", ["name"] = "HQ", ["notes"] = null, ["extra"] = 5 };

        HashSet<string> known = ["id", "name", "notes", "extra", "missing"];

        Assert.Equal(["id", "name"], FieldSelection.Parse(null, ["id", "name", "notes"], known).Apply(full).Select(p => p.Key));
        Assert.Equal(["id", "name", "extra"], FieldSelection.Parse("*", ["id"], known).Apply(full).Select(p => p.Key));
        Assert.Equal(["extra"], FieldSelection.Parse("extra, missing", ["id"], known).Apply(full).Select(p => p.Key));
        var unknown = Assert.Throws<ToolArgumentException>(() => FieldSelection.Parse("nmae", ["id"], known));
        Assert.Contains("'nmae'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Valid fields: extra, id, missing, name, notes", unknown.Message, StringComparison.Ordinal);
    }
}
