namespace Mist.Simulator.Http;

/// <summary>Mist's error texts. 401/403/405 are Django REST framework's defaults, which Mist returns verbatim.</summary>
internal static class ApiErrors
{
    public const string NotAuthenticated = "Authentication credentials were not provided.";
    public const string InvalidToken = "Invalid token.";
    public const string Forbidden = "You do not have permission to perform this action.";
    public const string NotFound = "Not found.";
    public const string RateLimited = "Too Many Request. The API Token used for the request reached the 5000 API Calls per hour threshold";
    public const string TooLarge = "Request body is too large.";

    public static string MethodNotAllowed(string method) => $"Method \"{method}\" not allowed.";
}
