namespace Mist;

/// <summary>
/// The Mist API answered with an error status. Carries what the API said (<see cref="Detail"/>,
/// <see cref="Reason"/>), the request (method and path) and the request id when one was sent. Never carries a token.
/// </summary>
public class MistApiException : MistException
{
    /// <summary>Creates the exception from a response.</summary>
    public MistApiException(string method, string path, MistResponse response, MistErrorBody error)
        : base(BuildMessage(method, path, response?.Status ?? 0, response?.ReasonPhrase, error))
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(error);
        Method = method;
        Path = path;
        Status = response.Status;
        Detail = error.Detail;
        Reason = error.Reason;
        RequestId = response.RequestId;
        Response = response;
    }

    /// <summary>Creates an exception that did not come from a response (a client-side refusal).</summary>
    protected MistApiException(string message, string method, string path, int status)
        : base(message)
    {
        Method = method;
        Path = path;
        Status = status;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>Mist's <c>detail</c> text, if the body had one.</summary>
    public string? Detail { get; }

    /// <summary>Mist's <c>reason</c> text (several reasons are joined with "; "), if the body had one.</summary>
    public string? Reason { get; }

    /// <summary>The HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>The request path, without the query string.</summary>
    public string Path { get; }

    /// <summary>The request id the server sent, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The response, with secret headers redacted; <see langword="null"/> for a client-side refusal.</summary>
    public MistResponse? Response { get; }

    private static string BuildMessage(string method, string path, int status, string? phrase, MistErrorBody error)
    {
        var what = error.Detail ?? error.Reason ?? (error.Id is null ? null : $"not found: {error.Id}");
        var message = $"Mist API answered {status} {phrase} to {method} {path}";
        if (what is not null)
        {
            message += ": " + what;
            if (error.Detail is not null && error.Reason is not null)
            {
                message += " (" + error.Reason + ")";
            }
        }

        return message;
    }
}
