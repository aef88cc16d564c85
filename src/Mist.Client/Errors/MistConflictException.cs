namespace Mist;

/// <summary>409 Conflict: the request conflicts with the current state of the object.</summary>
public sealed class MistConflictException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistConflictException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
