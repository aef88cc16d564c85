using System.Text.Json;

namespace Mist;

/// <summary>
/// The entry point of the SDK: one client per credential and cloud, immutable and safe to share between threads.
/// Operations are grouped by feature (<see cref="Sites"/>, <see cref="Devices"/>, ...); <see cref="SendAsync"/>
/// reaches any other endpoint.
/// </summary>
/// <example>
/// <code>
/// using var client = new MistClient(new MistCredential(token), new MistClientOptions { Cloud = MistCloud.Parse("eu") });
/// foreach (var org in await client.Self.ListOrgsAsync())
/// {
///     await foreach (var site in client.Sites.ListAsync(org.Id))
///     {
///         Console.WriteLine(site.Name);
///     }
/// }
/// </code>
/// </example>
public class MistClient : IDisposable
{
    private readonly MistPipeline _pipeline = null!;
    private readonly bool _ownsPipeline;

    /// <summary>Creates a client for <see cref="MistCloud.Global01"/> with default options.</summary>
    public MistClient(MistCredential credential)
        : this(credential, new MistClientOptions())
    {
    }

    /// <summary>Creates a client.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public MistClient(MistCredential credential, MistClientOptions options)
        : this(CreatePipeline(credential, options), ownsPipeline: true)
    {
    }

    /// <summary>
    /// A client over an existing pipeline: <see cref="DependencyInjection.IMistClientFactory"/> gives every client of a
    /// registration the same one, so they share its connections and rate budget, and disposes it itself.
    /// </summary>
    internal MistClient(MistPipeline pipeline, bool ownsPipeline)
    {
        _pipeline = pipeline;
        _ownsPipeline = ownsPipeline;
        Cloud = pipeline.Cloud;
        Self = new SelfClient(_pipeline);
        Orgs = new OrgsClient(_pipeline);
        Sites = new SitesClient(_pipeline);
        Devices = new DevicesClient(_pipeline);
        Firmware = new FirmwareClient(_pipeline);
        Inventory = new InventoryClient(_pipeline);
        Msps = new MspsClient(_pipeline);
        Lookup = new LookupClient(this);
    }

    /// <summary>For mocking.</summary>
    protected MistClient()
    {
        Self = null!;
        Orgs = null!;
        Sites = null!;
        Devices = null!;
        Firmware = null!;
        Inventory = null!;
        Msps = null!;
        Lookup = null!;
    }

    /// <summary>The cloud this client calls.</summary>
    public virtual MistCloud Cloud { get; }

    /// <summary>Identity, API usage and the orgs the token reaches.</summary>
    public virtual SelfClient Self { get; }

    /// <summary>Organisations.</summary>
    public virtual OrgsClient Orgs { get; }

    /// <summary>Sites and their settings.</summary>
    public virtual SitesClient Sites { get; }

    /// <summary>Devices: configuration, search, lookup and actions.</summary>
    public virtual DevicesClient Devices { get; }

    /// <summary>Firmware: versions per model, and upgrades of a device, a site or an org.</summary>
    public virtual FirmwareClient Firmware { get; }

    /// <summary>The device inventory: claim, assign, unassign, release.</summary>
    public virtual InventoryClient Inventory { get; }

    /// <summary>MSPs: their org groups, orgs and SSO settings.</summary>
    public virtual MspsClient Msps { get; }

    /// <summary>Finds orgs, sites and devices by id or name, with one rule for names (<see cref="MistNameMatch"/>).</summary>
    public virtual LookupClient Lookup { get; }

    /// <summary>
    /// Sends any request, with the same authentication, retries, rate budget and logging as the typed calls.
    /// Throws a <see cref="MistApiException"/> on an error status unless <see cref="MistRequest.ThrowOnError"/> is false.
    /// </summary>
    public virtual Task<MistResponse> SendAsync(MistRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Every item of a paged GET, in whichever style the endpoint pages: a bare array with <c>X-Page-*</c> headers,
    /// a search envelope with a <c>next</c> link, or a page-based search envelope. An endpoint that returns a single
    /// object yields that object once.
    /// </summary>
    /// <exception cref="ArgumentException">The request is not a GET.</exception>
    public virtual AsyncPageable<JsonElement> GetAllAsync(MistRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Get)
        {
            throw new ArgumentException($"Only GET requests can be paged, not {request.Method}.", nameof(request));
        }

        return RawPager.Create(_pipeline, request);
    }

    /// <summary>What the client-side budget knows of each token: calls used this hour, calls left, when it resets.</summary>
    public virtual IReadOnlyList<MistTokenBudget> GetRateBudget() => _pipeline.Budget;

    /// <summary>Releases the connection pool (unless the transport was supplied by the caller).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsPipeline)
        {
            _pipeline?.Dispose();
        }
    }

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    internal static MistPipeline CreatePipeline(MistCredential credential, MistClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        return new MistPipeline(credential, options);
    }

    private static void Validate(MistClientOptions options)
    {
        if (options.AttemptTimeout <= TimeSpan.Zero || options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("Timeouts must be positive.", nameof(options));
        }

        if (options.Retry.MaxRetries is < 0 or > 20 || options.Retry.Delay < TimeSpan.Zero || options.Retry.MaxDelay < options.Retry.Delay)
        {
            throw new ArgumentException("Retry settings are out of range (0 to 20 retries, non-negative delays, MaxDelay at least Delay).", nameof(options));
        }

        if (options.RateBudget.Enabled && options.RateBudget.CallsPerHour <= 0)
        {
            throw new ArgumentException("RateBudget.CallsPerHour must be positive.", nameof(options));
        }

        if (options.RateBudget.MaxWait < TimeSpan.Zero)
        {
            throw new ArgumentException("RateBudget.MaxWait must not be negative.", nameof(options));
        }
    }
}
