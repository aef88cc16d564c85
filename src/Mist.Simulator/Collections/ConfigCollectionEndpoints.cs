using System.Text.Json.Nodes;
using Mist.Simulator.Hosting;
using Mist.Simulator.Http;
using Mist.Simulator.State;

namespace Mist.Simulator.Collections;

/// <summary>
/// Every configuration-object collection of the spec (<see cref="ConfigCollections.All"/>), served by one mechanism:
/// list (paged where the spec pages it), create (200 with id, owner and times), get, merge-update PUT and delete (200,
/// empty body); 404 for ids of another owner; privileges as everywhere else; bodies checked by the spec's schemas.
/// </summary>
internal static class ConfigCollectionEndpoints
{
    /// <summary>Collections whose objects are first-class records of the simulator, served by their own endpoints.</summary>
    private static readonly HashSet<string> s_servedByHand = ["/msps/{msp_id}/orgs"];

    public static RouteGroupBuilder MapConfigCollections(this RouteGroupBuilder api)
    {
        foreach (var collection in ConfigCollections.All.Where(c => !s_servedByHand.Contains(c.ListRoute)))
        {
            api.MapGet(collection.ListRoute, (HttpContext context, ConfigObjectStore store) =>
                List(collection, context, store)).WithName(collection.ListName);
            api.MapPost(collection.ListRoute, (HttpContext context, ConfigObjectStore store, SimulatorRuntime runtime) =>
                CreateAsync(collection, context, store, runtime)).WithName(collection.CreateName);
            api.MapGet(collection.ItemRoute, (HttpContext context, ConfigObjectStore store) =>
                Get(collection, context, store)).WithName(collection.GetName);
            api.MapPut(collection.ItemRoute, (HttpContext context, ConfigObjectStore store, SimulatorRuntime runtime) =>
                UpdateAsync(collection, context, store, runtime)).WithName(collection.UpdateName);
            api.MapDelete(collection.ItemRoute, (HttpContext context, ConfigObjectStore store) =>
                Delete(collection, context, store)).WithName(collection.DeleteName);
        }

        return api;
    }

    private static IResult List(ConfigCollection collection, HttpContext context, ConfigObjectStore store)
    {
        var owner = Owner.Of(collection, context);

        if (!collection.Paged)
        {
            return ApiResults.JsonArray(store.All(collection, owner.Id));
        }

        if (!PageRequest.TryParse(context.Request, out var page, out var error))
        {
            return error!;
        }

        var (items, total) = store.Page(collection, owner.Id, page.Limit, page.Offset);
        page.WriteHeaders(context.Response, total);
        return ApiResults.JsonArray(items);
    }

    private static async Task<IResult> CreateAsync(ConfigCollection collection, HttpContext context, ConfigObjectStore store, SimulatorRuntime runtime)
    {
        var owner = Owner.Of(collection, context);

        var (body, error) = await ReadAsync(collection, context, collection.CreateSchema).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = runtime.Time.EpochSeconds();
        var item = new JsonObject { ["id"] = Guid.NewGuid().ToString() };
        foreach (var (key, value) in body!)
        {
            item[key] = value?.DeepClone();
        }

        item[collection.OwnerField] = owner.Id;
        if (owner.OrgId is { } orgId)
        {
            item["org_id"] = orgId;
        }

        item["created_time"] = now;
        item["modified_time"] = now;
        store.Insert(collection, owner.Id, item);
        return ApiResults.Json(item);
    }

    private static IResult Get(ConfigCollection collection, HttpContext context, ConfigObjectStore store)
    {
        var owner = Owner.Of(collection, context);

        return store.Get(collection, owner.Id, ItemId(collection, context)) is { } item ? ApiResults.Json(item) : ApiResults.NotFound();
    }

    private static async Task<IResult> UpdateAsync(ConfigCollection collection, HttpContext context, ConfigObjectStore store, SimulatorRuntime runtime)
    {
        var owner = Owner.Of(collection, context);

        var (body, error) = await ReadAsync(collection, context, collection.UpdateSchema + ".update").ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = runtime.Time.EpochSeconds();
        var updated = store.Update(collection, owner.Id, ItemId(collection, context), current => Merge.TopLevel(current, body!, collection.ServerOwned, now));
        return updated is null ? ApiResults.NotFound() : ApiResults.Json(updated);
    }

    private static IResult Delete(ConfigCollection collection, HttpContext context, ConfigObjectStore store)
    {
        var owner = Owner.Of(collection, context);

        return store.Delete(collection, owner.Id, ItemId(collection, context)) ? ApiResults.Ok() : ApiResults.NotFound();
    }

    /// <summary>Reads the body, drops the fields the server owns (a GET-edit-PUT round trip carries them) and validates the rest.</summary>
    private static async Task<(JsonObject? Body, IResult? Error)> ReadAsync(ConfigCollection collection, HttpContext context, string schema)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        foreach (var owned in collection.ServerOwned)
        {
            body!.Remove(owned);
        }

        return (RequestValidator.Validate(schema, body!) ?? WlanRules.Check(collection, body!)) is { } invalid ? (null, ApiResults.BadRequest(invalid)) : (body, null);
    }

    private static string ItemId(ConfigCollection collection, HttpContext context) => (string)context.Request.RouteValues[collection.ItemParameter]!;
}
