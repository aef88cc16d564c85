namespace Mist.DependencyInjection;

/// <summary>
/// The container's <see cref="IMistClientFactory"/>: one pipeline (transport, token pool, rate budget) per
/// registration, built on first use and shared by every client of that name; released when the container is.
/// </summary>
internal sealed class MistClientFactory : IMistClientFactory, IDisposable
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, MistClientRegistration> _registrations;
    private readonly Dictionary<string, MistPipeline> _pipelines = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _disposed;

    public MistClientFactory(IServiceProvider services, IEnumerable<MistClientRegistration> registrations)
    {
        _services = services;
        _registrations = registrations.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public MistClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_pipelines.TryGetValue(name, out var pipeline))
            {
                // Not cached when building fails, so the error is raised again (and the same) on the next call.
                pipeline = Build(name);
                _pipelines.Add(name, pipeline);
            }

            return new MistClient(pipeline, ownsPipeline: false);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var pipeline in _pipelines.Values)
            {
                pipeline.Dispose();
            }

            _pipelines.Clear();
        }
    }

    private MistPipeline Build(string name)
    {
        if (!_registrations.TryGetValue(name, out var registration))
        {
            var known = _registrations.Count == 0 ? "none" : string.Join(", ", _registrations.Values.Select(r => r.Describe()));
            throw new InvalidOperationException($"No Mist client named '{name}' is registered (registered: {known}); add it with services.AddMistClient(\"{name}\", ...).");
        }

        var options = registration.CreateOptions(_services);
        var credential = registration.CreateCredential(_services);
        try
        {
            return MistClient.CreatePipeline(credential, options);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"The Mist client {registration.Describe()} has invalid options: {e.Message}", e);
        }
    }
}
