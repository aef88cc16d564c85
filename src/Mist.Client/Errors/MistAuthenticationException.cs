namespace Mist;

/// <summary>401 Unauthorized: the token is missing, wrong, expired or deleted.</summary>
public sealed class MistAuthenticationException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistAuthenticationException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
