using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Mist;

/// <summary>
/// One collection of configuration objects (WLANs, RF templates, site groups, PSKs, webhooks, ...) under an org
/// (<see cref="OrgsClient"/>), a site (<see cref="SitesClient"/>) or an MSP (<see cref="MspsClient"/>): list,
/// create, get, merge-update and delete, with the API's own semantics. The scope id is the org, site or MSP id.
/// </summary>
/// <remarks>
/// Bodies are the model serialised without its unset (null) properties, so an update changes exactly the fields
/// set on the object passed, and Mist keeps the others. The fields the server owns (<c>id</c>,
/// <c>created_time</c>, <c>modified_time</c>, and the owner's id, which the path decides) are never sent, so an
/// object read from one org can be created in another as it is.
/// </remarks>
/// <typeparam name="T">The model: a class of <see cref="Models"/>, or <see cref="JsonObject"/> where the spec gives none.</typeparam>
public class MistConfigCollection<T>
    where T : class
{
    private static readonly string[] s_serverOwned = ["id", "created_time", "modified_time"];
    private readonly MistPipeline _pipeline = null!;
    private readonly JsonTypeInfo<T> _type = null!;
    private readonly JsonTypeInfo<List<T>> _listType = null!;

    /// <summary>For mocking.</summary>
    protected MistConfigCollection()
    {
        Operations = null!;
    }

    internal MistConfigCollection(MistPipeline pipeline, MistConfigOperations operations, JsonTypeInfo<T> type, JsonTypeInfo<List<T>> listType)
    {
        _pipeline = pipeline;
        Operations = operations;
        _type = type;
        _listType = listType;
    }

    /// <summary>The operations this collection calls, with their paths and query parameters.</summary>
    public virtual MistConfigOperations Operations { get; }

    /// <summary>
    /// How <typeparamref name="T"/> is read and written (source-generated, so trimming and Native AOT keep it):
    /// for <c>JsonSerializer.Serialize(item, collection.JsonTypeInfo)</c> and <c>JsonNode.Deserialize(collection.JsonTypeInfo)</c>.
    /// </summary>
    public virtual JsonTypeInfo<T> JsonTypeInfo => _type;

    /// <summary>Every object of the collection, page by page (<see cref="MistConfigOperations.List"/>; 1,000 a page where it pages).</summary>
    /// <param name="scopeId">The org, site or MSP id.</param>
    public virtual AsyncPageable<T> ListAsync(Guid scopeId) => ListAsync(scopeId, []);

    /// <summary>The objects that match <paramref name="filters"/>, query parameters of the list operation (for PSKs: <c>name</c>, <c>ssid</c>, <c>role</c>).</summary>
    /// <param name="scopeId">The org, site or MSP id.</param>
    /// <param name="filters">Query parameter names and values, checked against the operation before anything is sent.</param>
    /// <exception cref="ArgumentException">A filter the operation does not take, or a value of the wrong type.</exception>
    public virtual AsyncPageable<T> ListAsync(Guid scopeId, IEnumerable<KeyValuePair<string, string>> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var list = Operations.List;
        var checkedFilters = filters.ToList();
        foreach (var (name, value) in checkedFilters)
        {
            var parameter = list.FindQueryParameter(name);
            if (parameter is null || name is "limit" or "page")
            {
                var known = list.QueryParameters.Select(p => p.Name).Where(n => n is not ("limit" or "page")).ToList();
                throw new ArgumentException(
                    $"{list.OperationId} has no filter '{name}'; {(known.Count == 0 ? "it takes none" : "it takes " + string.Join(", ", known))}.", nameof(filters));
            }

            if (parameter.Check(value) is { } problem)
            {
                throw new ArgumentException($"{list.OperationId}: {problem}", nameof(filters));
            }
        }

        MistRequest First()
        {
            var request = list.Request(scopeId);
            foreach (var (name, value) in checkedFilters)
            {
                request.AddQuery(name, value);
            }

            return request;
        }

        return list.Paging == MistPaging.None
            ? Pagers.Unpaged(_pipeline, First, _listType)
            : Pagers.PageNumber(_pipeline, First, _listType);
    }

    /// <summary>One object (<see cref="MistConfigOperations.Get"/>).</summary>
    /// <exception cref="MistNotFoundException">No such object in this org, site or MSP.</exception>
    public virtual Task<T> GetAsync(Guid scopeId, Guid id, CancellationToken cancellationToken = default) =>
        _pipeline.SendAsync(Operations.Get.Request(scopeId, id), _type, cancellationToken);

    /// <summary>
    /// Creates an object (<see cref="MistConfigOperations.Create"/>) and returns it as Mist stored it, with its id.
    /// Not retried after a failure the server may have acted on, so one call never creates two.
    /// </summary>
    /// <exception cref="MistValidationException">Mist refused the body (400); the message says which field.</exception>
    public virtual Task<T> CreateAsync(Guid scopeId, T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _pipeline.SendAsync(Operations.Create.Request(scopeId).WithJson(Body(item)), _type, cancellationToken);
    }

    /// <summary>
    /// Changes the fields set on <paramref name="changes"/> and no others (<see cref="MistConfigOperations.Update"/>)
    /// and returns the whole object after the change.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="changes"/> sets no field.</exception>
    /// <exception cref="MistNotFoundException">No such object.</exception>
    public virtual Task<T> UpdateAsync(Guid scopeId, Guid id, T changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var body = Body(changes);
        if (body.Count == 0)
        {
            throw new ArgumentException("The update sets no field: set the fields to change (unset ones are left as they are).", nameof(changes));
        }

        return _pipeline.SendAsync(Operations.Update.Request(scopeId, id).WithJson(body), _type, cancellationToken);
    }

    /// <summary>Deletes an object (<see cref="MistConfigOperations.Delete"/>; Mist answers 200 with no body).</summary>
    /// <exception cref="MistNotFoundException">No such object.</exception>
    public virtual Task DeleteAsync(Guid scopeId, Guid id, CancellationToken cancellationToken = default) =>
        _pipeline.SendNoContentAsync(Operations.Delete.Request(scopeId, id), cancellationToken);

    private JsonObject Body(T item)
    {
        var body = JsonSerializer.SerializeToNode(item, _type) as JsonObject
            ?? throw new ArgumentException($"A {typeof(T).Name} must serialise to a JSON object.", nameof(item));
        foreach (var field in s_serverOwned.Append(Operations.ScopeField))
        {
            body.Remove(field);
        }

        if (Operations.ScopeField == "site_id")
        {
            body.Remove("org_id"); // a site's objects carry their org's id, which Mist fills in
        }

        return body;
    }
}
