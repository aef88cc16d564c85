using System.Runtime.InteropServices;

namespace Mist;

/// <summary>
/// On Linux, HTTPS needs OpenSSL's libssl, and .NET aborts the whole process (SIGABRT, "No usable version of libssl
/// was found") the first time it needs one that is not there. This looks for it first, under the names .NET tries,
/// so that a machine without it gets an exception that says what to install.
/// </summary>
internal static class NativeTls
{
    // The names .NET's System.Security.Cryptography.Native.OpenSsl loads, newest first.
    private static readonly string[] s_libssl = ["libssl.so.3", "libssl.so.1.1", "libssl.so.1.0.2", "libssl.so.1.0.0", "libssl.so.10"];

    private static readonly Lazy<string?> s_missing = new(Probe);

    public const string InstallHint =
        "Install OpenSSL and the CA certificates: apt-get install libssl3 ca-certificates (Debian, Ubuntu), " +
        "dnf install openssl-libs ca-certificates (Fedora, RHEL) or apk add libssl3 ca-certificates (Alpine).";

    /// <summary>Null when HTTPS can work here; otherwise the message to fail with.</summary>
    public static string? Missing => s_missing.Value;

    internal static string? Probe() => Probe(name => NativeLibrary.TryLoad(name, out _));

    /// <summary>The check itself, with the loader passed in so a test can stand for a machine without libssl.</summary>
    internal static string? Probe(Func<string, bool> tryLoad)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD())
        {
            return null; // Windows (SChannel) and macOS (Security.framework) need no OpenSSL.
        }

        var names = Environment.GetEnvironmentVariable("CLR_OPENSSL_VERSION_OVERRIDE") is { Length: > 0 } version
            ? s_libssl.Prepend($"libssl.so.{version}").ToArray()
            : s_libssl;
        return names.Any(tryLoad)
            ? null
            : $"HTTPS needs OpenSSL and no usable libssl was found on this machine (looked for {string.Join(", ", names)}). {InstallHint}";
    }
}
