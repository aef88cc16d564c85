using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Mist;

/// <summary>
/// Turns a transport failure into a sentence a user can act on: why a TLS handshake was refused and how to fix it,
/// a proxy that wants other credentials, or the transport's own text, with the user information of every URI removed.
/// </summary>
internal static class TransportErrors
{
    public const string TrustFix =
        "If a proxy or firewall inspects TLS, or the server uses a private CA, trust that CA: SSL_CERT_FILE=/path/to/bundle.pem " +
        "(replaces the CA bundle: put the system's CAs in it too), SSL_CERT_DIR=/path/to/dir (adds a directory of CA " +
        "certificates), or the system store (copy the CA to /usr/local/share/ca-certificates/ and run update-ca-certificates).";

    // What OpenSSL and SChannel say when client and server share no protocol version or cipher suite.
    private static readonly string[] s_protocolHints =
        ["protocol version", "unsupported protocol", "no protocols available", "handshake failure", "ProtocolVersion", "HandshakeFailure", "no shared cipher"];

    /// <summary>The server's certificate or TLS version was refused: the same answer comes on every try, so none is retried.</summary>
    public static bool IsTlsRefusal(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.SecureConnectionError && Causes(exception).Any(e => e is AuthenticationException);

    /// <summary>The proxy wants credentials it did not get: retrying cannot help.</summary>
    public static bool IsProxyRefusal(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.ProxyTunnelError && exception.StatusCode == HttpStatusCode.ProxyAuthenticationRequired;

    /// <summary>Why the request got no response, in one sentence (with the fix when there is one).</summary>
    public static string Describe(HttpRequestException exception, Uri baseAddress, TlsDiagnostics? tls, DateTimeOffset now)
    {
        if (IsTlsRefusal(exception))
        {
            return $"the TLS connection to {baseAddress.Authority} was refused ({TlsReason(exception, baseAddress.Host, tls?.Refused(baseAddress.Host), now)}); not retried";
        }

        if (IsProxyRefusal(exception))
        {
            return "the proxy answered 407 Proxy Authentication Required: check the user name and password in HTTPS_PROXY " +
                   "(or ALL_PROXY), percent-encoding any '@', ':' or '/' in them; not retried";
        }

        if (exception.HttpRequestError == HttpRequestError.ProxyTunnelError)
        {
            return $"the proxy could not open a tunnel to {baseAddress.Authority}: {Text(exception)}";
        }

        return Text(exception);
    }

    /// <summary>A copy of the exception whose messages carry no URI user information (the original may name the proxy with its password).</summary>
    public static HttpRequestException Redacted(HttpRequestException exception)
    {
        if (UriRedaction.Strip(exception.ToString()) == exception.ToString())
        {
            return exception; // Nothing to hide: keep the original, with its stack trace.
        }

        var inner = exception.InnerException is { } cause && UriRedaction.Strip(cause.ToString()) == cause.ToString() ? cause : null;
        return new HttpRequestException(exception.HttpRequestError, UriRedaction.Strip(exception.Message), inner, exception.StatusCode);
    }

    private static string TlsReason(HttpRequestException exception, string host, CertificateProblem? problem, DateTimeOffset now)
    {
        var text = string.Join(" ", Causes(exception).Select(e => e.Message));
        var errors = problem?.Errors ?? ErrorsNamedIn(text);
        var chain = problem?.Chain ?? (text.Contains("NotTimeValid", StringComparison.Ordinal) ? X509ChainStatusFlags.NotTimeValid : X509ChainStatusFlags.NoError);
        var reasons = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            reasons.Add("the server sent no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            var names = problem is { Names.Count: > 0 } ? string.Join(", ", problem.Names) : null;
            reasons.Add(names is null
                ? $"name mismatch: the certificate is not for {host}. Use the host name in the certificate (--host or MIST_HOST)"
                : $"name mismatch: the certificate is for {names}, not {host}. Use the host name in the certificate (--host or MIST_HOST), or fix the server's certificate");
        }

        if (chain.HasFlag(X509ChainStatusFlags.NotTimeValid))
        {
            reasons.Add(problem?.NotAfter is { } notAfter && notAfter < now.UtcDateTime
                ? $"expired: the certificate expired on {notAfter.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Renew the server's certificate, or check this machine's clock"
                : problem?.NotBefore is { } notBefore && notBefore > now.UtcDateTime
                    ? $"not yet valid: the certificate is valid from {notBefore.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Check this machine's clock"
                    : "expired or not yet valid: check the server's certificate and this machine's clock");
        }

        if (chain.HasFlag(X509ChainStatusFlags.Revoked))
        {
            reasons.Add("the certificate has been revoked");
        }

        var untrusted = chain & ~(X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.Revoked | X509ChainStatusFlags.RevocationStatusUnknown | X509ChainStatusFlags.OfflineRevocation);
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) && (untrusted != X509ChainStatusFlags.NoError || reasons.Count == 0))
        {
            var issuer = problem?.Issuer is { Length: > 0 } name ? $" (issued by {name})" : string.Empty;
            reasons.Add($"untrusted chain: the certificate{issuer} does not lead to a CA this machine trusts. {TrustFix}");
        }

        if (reasons.Count == 0)
        {
            // No certificate was judged: the handshake itself failed, most often on the protocol version.
            if (text.Contains("wrong version number", StringComparison.OrdinalIgnoreCase))
            {
                return $"the server did not answer in TLS (is it a plain http:// port?): {Innermost(exception)}";
            }

            return s_protocolHints.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase))
                ? "protocol: the server and this client agree on no TLS version or cipher suite (this client speaks TLS 1.2 and 1.3; " +
                  $"the server may offer only TLS 1.0 or 1.1): {Innermost(exception)}"
                : $"handshake failed: {Innermost(exception)}";
        }

        return string.Join("; ", reasons);
    }

    private static SslPolicyErrors ErrorsNamedIn(string text)
    {
        var errors = SslPolicyErrors.None;
        foreach (var flag in Enum.GetValues<SslPolicyErrors>())
        {
            if (flag != SslPolicyErrors.None && text.Contains(flag.ToString(), StringComparison.Ordinal))
            {
                errors |= flag;
            }
        }

        if (text.Contains("UntrustedRoot", StringComparison.Ordinal) || text.Contains("PartialChain", StringComparison.Ordinal) ||
            text.Contains("NotTimeValid", StringComparison.Ordinal))
        {
            errors |= SslPolicyErrors.RemoteCertificateChainErrors;
        }

        return errors;
    }

    // "The SSL connection could not be established, see inner exception." means nothing to a user: show the cause.
    private static string Text(Exception exception)
    {
        var message = exception.Message;
        if (message.Contains("inner exception", StringComparison.OrdinalIgnoreCase) && exception.InnerException is not null)
        {
            message = message.Replace(", see inner exception.", ": ", StringComparison.OrdinalIgnoreCase).TrimEnd() + " " + Innermost(exception);
        }

        return UriRedaction.Strip(message);
    }

    private static string Innermost(Exception exception) => UriRedaction.Strip(Causes(exception).Last().Message);

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
