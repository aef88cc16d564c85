using System.CommandLine;
using Mist.Cli.Errors;
using Mist.Cli.Validation;

namespace Mist.Cli.Commands.Site;

/// <summary>The site fields of <c>site create</c> and <c>site update</c>, checked before anything is sent.</summary>
internal sealed class SiteFieldOptions
{
    public readonly Option<string?> Name = new("--name") { Description = "Site name." };

    /// <summary>The fields for <c>site create</c>, where the name is required.</summary>
    public static SiteFieldOptions ForCreate()
    {
        var fields = new SiteFieldOptions();
        fields.Name.Description = "Site name. " + MistCli.RequiredMark;
        return fields;
    }
    public readonly Option<string?> Address = new("--address") { Description = "Postal address." };
    public readonly Option<string?> Timezone = new("--timezone") { Description = "IANA time zone, such as Europe/Paris." };
    public readonly Option<string?> CountryCode = new("--country-code") { Description = "Two-letter ISO country code, such as FR." };
    public readonly Option<string?> Latlng = new("--latlng") { Description = "Location as LAT,LNG in degrees." };
    public readonly Option<string?> Notes = new("--notes") { Description = "Free-form notes." };
    public readonly Option<string[]> Set = new("--set") { Description = "Any other field as key=value (the value is JSON when it parses as JSON). Repeatable.", AllowMultipleArgumentsPerToken = false };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Name, Address, Timezone, CountryCode, Latlng, Notes, Set })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Fills <paramref name="fields"/> with what was given; returns whether anything was.</summary>
    public bool Apply(ParseResult parse, SiteFields fields, bool includeName)
    {
        if (includeName && parse.GetValue(Name) is { } name)
        {
            fields.Set("name", InputParsers.NonEmpty(name, "--name"));
        }

        if (parse.GetValue(Address) is { } address)
        {
            fields.Address = address;
        }

        if (parse.GetValue(Timezone) is { } timezone)
        {
            fields.Timezone = InputParsers.Timezone(timezone);
        }

        if (parse.GetValue(CountryCode) is { } country)
        {
            fields.CountryCode = InputParsers.CountryCode(country);
        }

        if (parse.GetValue(Latlng) is { } latlng)
        {
            fields.Latlng = InputParsers.LatLng(latlng);
        }

        if (parse.GetValue(Notes) is { } notes)
        {
            fields.Notes = notes;
        }

        foreach (var text in parse.GetValue(Set) ?? [])
        {
            var (key, value) = InputParsers.SetField(text);
            if (key is "id" or "org_id" or "created_time" or "modified_time")
            {
                throw CliException.Usage($"--set {key}: the server sets {key}; it cannot be changed.");
            }

            fields.Set(key, value);
        }

        return !fields.IsEmpty;
    }
}
