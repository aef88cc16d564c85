namespace Mist;

/// <summary>5xx: the Mist cloud failed to handle the request. It may or may not have been applied.</summary>
public sealed class MistServerException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistServerException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
