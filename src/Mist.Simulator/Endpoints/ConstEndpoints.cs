using Mist.Simulator.Auth;
using Mist.Simulator.Validation;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Endpoints;

/// <summary><c>/const/countries</c>: the country codes a site may use.</summary>
internal static class ConstEndpoints
{
    public static RouteGroupBuilder MapConst(this RouteGroupBuilder api)
    {
        api.MapGet("/const/countries", ListCountries).WithName("listCountryCodes").AllowAnyToken();
        return api;
    }

    private static IResult ListCountries() =>
        Results.Json(Countries.All.ToList(), SimulatorJsonContext.Default.ListCountryResponse);
}
