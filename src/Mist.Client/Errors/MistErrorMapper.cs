namespace Mist;

/// <summary>The one place where an error status becomes an exception type.</summary>
internal static class MistErrorMapper
{
    public static MistApiException Create(MistRequest request, MistResponse response, DateTimeOffset now)
    {
        var method = request.Method.Method;
        var path = request.Path;
        var error = MistErrorBody.Parse(response.Content);
        return response.Status switch
        {
            400 => new MistValidationException(method, path, response, error),
            401 => new MistAuthenticationException(method, path, response, error),
            403 => new MistForbiddenException(method, path, response, error),
            404 => new MistNotFoundException(method, path, response, error),
            409 => new MistConflictException(method, path, response, error),
            429 => new MistRateLimitException(method, path, response, error, response.GetRetryAfter(now)),
            >= 500 => new MistServerException(method, path, response, error),
            _ => new MistApiException(method, path, response, error),
        };
    }
}
