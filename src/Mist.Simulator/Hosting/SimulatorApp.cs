using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mist.Simulator.Auth;
using Mist.Simulator.Collections;
using Mist.Simulator.Endpoints;
using Mist.Simulator.State;
using Mist.Simulator.Wire;

namespace Mist.Simulator.Hosting;

/// <summary>Composition only: Kestrel on 127.0.0.1, the services, the API pipeline and one route group per feature.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorRuntime runtime)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, runtime.Options.Port);
            kestrel.Limits.MaxRequestBodySize = runtime.Options.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SimulatorJsonContext.Default));
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton(runtime.Database);
        builder.Services.AddSingleton<OrgStore>();
        builder.Services.AddSingleton<SiteStore>();
        builder.Services.AddSingleton<ConfigObjectStore>();
        builder.Services.AddSingleton<DeviceStore>();
        builder.Services.AddSingleton<UpgradeStore>();
        builder.Services.AddSingleton<ClientRoamer>();
        builder.Services.AddSingleton<ClientStore>();
        builder.Services.AddSingleton<DocumentSearch>();
        builder.Services.AddSingleton<DistinctCount>();
        builder.Services.AddSingleton<TokenStore>();
        builder.Services.AddSingleton<InventoryOperations>();
        builder.Services.AddSingleton<Authorizer>();

        var app = builder.Build();
        app.UseMiddleware<SimulatorGuard>();
        app.UseRouting();
        app.UseMiddleware<ApiPipeline>();
        MapApi(app);
        app.MapControl();
        return app;
    }

    /// <summary>Every Mist route the simulator serves; the conformance tests compare them with the spec.</summary>
    internal static RouteGroupBuilder MapApi(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        // One privilege check for every route, by the org, site or MSP its path names, before any handler runs.
        api.RequireScope();

        // The activity history is seeded in the background at start-up: its routes wait for it (after the privilege
        // check, so a refusal is never delayed); configuration routes wait only when it brings WLANs (ActivityGate).
        var activity = api.MapGroup("").AddEndpointFilter(ActivityGate.InvokeAsync);
        var configuration = api.MapGroup("").AddEndpointFilter(ActivityGate.ConfigurationAsync);
        configuration
        .MapConfigCollections()
        .MapDerived();
        activity
        .MapClients()
        .MapEvents()
        .MapAlarms()
        .MapAuditLogs()
        .MapActivityCounts();
        return api
        .MapSelf()
        .MapMsps()
        .MapOrgs()
        .MapSites()
        .MapSiteSearch()
        .MapSiteSettings()
        .MapOrgDevices()
        .MapSiteDevices()
        .MapDeviceActions()
        .MapFirmwareVersions()
        .MapSiteUpgrades()
        .MapOrgUpgrades()
        .MapInventory()
        .MapInventorySearch()
        .MapInventoryCounts()
        .MapConst();
    }
}
