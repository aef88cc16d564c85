using CsCheck;

namespace Mist.Tests;

public class MacAddressTests
{
    [Theory]
    [InlineData("5c5b35000018")]
    [InlineData("5C5B35000018")]
    [InlineData("5c:5b:35:00:00:18")]
    [InlineData("5C-5B-35-00-00-18")]
    [InlineData("5c5b.3500.0018")]
    [InlineData(" 5c:5b:35:00:00:18 ")]
    public void Common_notations_normalise_to_12_lowercase_hex_digits(string value) =>
        Assert.Equal("5c5b35000018", MacAddress.Normalize(value));

    [Theory]
    [InlineData("")]
    [InlineData("5c5b3500001")]
    [InlineData("5c5b350000189")]
    [InlineData("5c:5b:35:00:00:1g")]
    [InlineData("5c:5b-35:00:00:18")]
    [InlineData("5c:5b:35:00:0018")]
    [InlineData(":5c5b35000018")]
    [InlineData("5c5b35000018:")]
    [InlineData("5c::5b35000018")]
    [InlineData("5c5b35.000018")]
    [InlineData("FXLH2015150025")]
    public void Other_values_are_not_macs(string value)
    {
        Assert.False(MacAddress.TryNormalize(value, out _));
        Assert.Throws<ArgumentException>(() => MacAddress.Normalize(value));
    }

    [Fact]
    public void Device_ids_embed_the_mac()
    {
        Assert.Equal(Guid.Parse("00000000-0000-0000-1000-5c5b35000018"), MacAddress.ToDeviceId("5C:5B:35:00:00:18"));
        Assert.True(MacAddress.TryFromDeviceId(Guid.Parse("00000000-0000-0000-1000-d420b08532eb"), out var mac));
        Assert.Equal("d420b08532eb", mac);
        Assert.False(MacAddress.TryFromDeviceId(Guid.Parse("4ac1dcf4-9d8b-7211-65c4-057819f0862b"), out _));
    }

    private static readonly Gen<byte[]> s_macBytes = Gen.Byte.Array[6];

    [Fact]
    public void Every_notation_of_any_mac_normalises_to_the_same_value() =>
        s_macBytes.Sample(bytes =>
        {
            var plain = Convert.ToHexStringLower(bytes);
            var notations = new[]
            {
                plain,
                plain.ToUpperInvariant(),
                string.Join(':', bytes.Select(b => b.ToString("X2"))),
                string.Join('-', bytes.Select(b => b.ToString("x2"))),
                $"{plain[..4]}.{plain[4..8]}.{plain[8..]}",
            };
            return notations.All(n => MacAddress.TryNormalize(n, out var mac) && mac == plain)
                && MacAddress.TryFromDeviceId(MacAddress.ToDeviceId(plain), out var back) && back == plain;
        });

    [Fact]
    public void Normalising_is_idempotent_and_never_throws() =>
        Gen.String.Sample(value =>
            !MacAddress.TryNormalize(value, out var mac)
            || (mac.Length == 12 && mac.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)) && MacAddress.Normalize(mac) == mac));
}
