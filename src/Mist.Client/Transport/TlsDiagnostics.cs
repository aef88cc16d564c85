using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Mist;

/// <summary>
/// Remembers why the last certificate of each host was refused, so that a failed TLS handshake can say why
/// (untrusted chain, name mismatch, expired) instead of "see inner exception". It decides nothing: it accepts
/// exactly what the platform's default validation accepts (no policy errors).
/// </summary>
internal sealed class TlsDiagnostics
{
    private readonly ConcurrentDictionary<string, CertificateProblem> _refused = new(StringComparer.OrdinalIgnoreCase);

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var host = (sender as SslStream)?.TargetHostName ?? string.Empty;
        if (errors == SslPolicyErrors.None)
        {
            _refused.TryRemove(host, out _);
            return true;
        }

        _refused[host] = CertificateProblem.From(errors, certificate, chain);
        return false;
    }

    public CertificateProblem? Refused(string host) => _refused.TryGetValue(host, out var problem) ? problem : null;
}

/// <summary>What was wrong with a certificate, captured while the chain was still at hand.</summary>
internal sealed record CertificateProblem(
    SslPolicyErrors Errors, X509ChainStatusFlags Chain, string? Issuer, IReadOnlyList<string> Names, DateTime? NotBefore, DateTime? NotAfter)
{
    public static CertificateProblem From(SslPolicyErrors errors, X509Certificate? certificate, X509Chain? chain)
    {
        var flags = X509ChainStatusFlags.NoError;
        foreach (var status in chain?.ChainStatus ?? [])
        {
            flags |= status.Status;
        }

        if (certificate is not X509Certificate2 cert)
        {
            return new CertificateProblem(errors, flags, certificate?.Issuer, [], null, null);
        }

        var names = new List<string>();
        foreach (var san in cert.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(san.EnumerateDnsNames());
            names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
        }

        if (names.Count == 0 && cert.GetNameInfo(X509NameType.DnsName, forIssuer: false) is { Length: > 0 } cn)
        {
            names.Add(cn);
        }

        return new CertificateProblem(errors, flags, cert.Issuer, names, cert.NotBefore.ToUniversalTime(), cert.NotAfter.ToUniversalTime());
    }
}
