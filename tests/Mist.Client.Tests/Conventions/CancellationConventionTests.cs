namespace Mist.Tests.Conventions;

/// <summary>Every public async method can be cancelled the same way: <c>CancellationToken cancellationToken = default</c>, last.</summary>
public class CancellationConventionTests
{
    [Fact]
    public void Every_public_async_method_takes_cancellationToken_last_with_a_default()
    {
        var methods = PublicSurface.Methods().Where(m => PublicSurface.IsAwaitable(m.ReturnType)).ToList();

        var offenders = methods
            // DisposeAsync's shape is fixed by IAsyncDisposable.
            .Where(m => m.Name != nameof(IAsyncDisposable.DisposeAsync))
            .Where(m => m.GetParameters() is not [.., { Name: "cancellationToken", HasDefaultValue: true } last] || last.ParameterType != typeof(CancellationToken))
            .Select(PublicSurface.Describe)
            .ToList();

        Assert.NotEmpty(methods);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Streaming_methods_take_no_token_because_enumeration_takes_it()
    {
        // The exemption: AsyncPageable<T> and IAsyncEnumerable<T> receive the token where the caller enumerates
        // (await foreach ... WithCancellation(ct), or GetAsyncEnumerator(ct)), as Azure's AsyncPageable does.
        // A second token on the method itself would leave the caller unsure which one stops the requests.
        var enumerate = typeof(AsyncPageable<>).GetMethod(nameof(AsyncPageable<int>.GetAsyncEnumerator))!;
        Assert.Equal([typeof(CancellationToken)], enumerate.GetParameters().Select(p => p.ParameterType));

        var streaming = PublicSurface.Methods().Where(m => PublicSurface.IsStream(m.ReturnType)).ToList();
        var offenders = streaming
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(PublicSurface.Describe)
            .ToList();

        Assert.NotEmpty(streaming);
        Assert.Empty(offenders);
    }

    // List methods whose endpoint the API does not page: one response holds the whole list, so they return
    // Task<IReadOnlyList<T>>. Each names its operation, and the test checks the operation table still says "not paged":
    // if Mist starts paging one, the method must become an AsyncPageable<T>.
    private static readonly Dictionary<string, MistOperation[]> s_unpagedLists = new()
    {
        // Built from GET /self's privileges plus each MSP's orgs, then de-duplicated and sorted: it needs them all.
        ["SelfClient.ListOrgsAsync"] = [MistOperations.GetSelf, MistOperations.ListMspOrgs],
        ["OrgsClient.ListMspOrgsAsync"] = [MistOperations.ListMspOrgs],
        ["DevicesClient.ListNamesAsync"] = [MistOperations.ListOrgDevices],
        ["FirmwareClient.ListVersionsAsync"] = [MistOperations.ListOrgAvailableDeviceVersions],
        ["FirmwareClient.ListSiteVersionsAsync"] = [MistOperations.ListSiteAvailableDeviceVersions],
        ["FirmwareClient.ListSiteUpgradesAsync"] = [MistOperations.ListSiteDeviceUpgrades],
        ["SitesClient.ListDerivedWlansAsync"] = [MistOperations.ListSiteWlansDerived],
    };

    [Fact]
    public void List_methods_stream_as_AsyncPageable_unless_their_endpoint_is_not_paged()
    {
        var lists = PublicSurface.Methods()
            .Where(m => m.Name.StartsWith("List", StringComparison.Ordinal) || m.Name.StartsWith("GetAll", StringComparison.Ordinal))
            .ToList();

        var offenders = lists
            .Where(m => !m.ReturnType.IsGenericType || m.ReturnType.GetGenericTypeDefinition() != typeof(AsyncPageable<>))
            .Where(m => !s_unpagedLists.ContainsKey($"{m.DeclaringType!.Name}.{m.Name}"))
            .Select(m => $"{PublicSurface.Describe(m)} -> {m.ReturnType.Name}")
            .ToList();

        Assert.Contains(lists, m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(AsyncPageable<>));
        Assert.Empty(offenders);
        Assert.All(s_unpagedLists.Values.SelectMany(ops => ops), op => Assert.Equal(MistPaging.None, op.Paging));
    }
}
