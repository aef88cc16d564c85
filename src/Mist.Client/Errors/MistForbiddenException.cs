namespace Mist;

/// <summary>403 Forbidden: the token's privileges do not cover this org or site, or do not allow writes.</summary>
public sealed class MistForbiddenException : MistApiException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistForbiddenException(string method, string path, MistResponse response, MistErrorBody error)
        : base(method, path, response, error)
    {
    }
}
