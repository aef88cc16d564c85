using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mist.Http2.Bench;

/// <summary>A throw-away server certificate for 127.0.0.1, made in process for one benchmark run.</summary>
internal static class SelfSignedCertificate
{
    public static X509Certificate2 Create()
    {
        // RSA 2048, as public web fronts commonly serve, so the handshakes cost what they would against one.
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12 so that the private key is a persisted one, which SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>The pin the client checks instead of a chain: the SHA-256 of this certificate, in hex.</summary>
    public static string Pin(X509Certificate certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);
}
