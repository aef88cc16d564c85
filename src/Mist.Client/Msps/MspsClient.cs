namespace Mist;

/// <summary>
/// Managed service providers: the configuration-object collections under <c>/api/v1/msps/{msp_id}</c> (org groups,
/// orgs, SSO). Get one from <see cref="MistClient.Msps"/>.
/// </summary>
public partial class MspsClient
{
    private readonly MistPipeline _pipeline = null!;

    /// <summary>For mocking.</summary>
    protected MspsClient()
    {
    }

    internal MspsClient(MistPipeline pipeline) => _pipeline = pipeline;
}
