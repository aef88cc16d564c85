namespace Mist;

/// <summary>400 Bad Request: the API rejected the request's input (see Detail).</summary>
public sealed class MistValidationException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistValidationException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
