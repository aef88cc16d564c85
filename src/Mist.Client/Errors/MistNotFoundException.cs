namespace Mist;

/// <summary>404 Not Found: the endpoint or the object does not exist (or is not visible to this token).</summary>
public sealed class MistNotFoundException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistNotFoundException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
