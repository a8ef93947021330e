using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Changji.Notifications.Email;

/// <summary>
/// Validates an SMTP server's certificate against the CA certificates of the channel's <c>tlsCa</c> file, for
/// a mail server inside the bureau's network whose certificate a private CA (or the server itself) signed.
/// The chain must end at one of those roots and the name must match; there is no switch that accepts any
/// certificate. A certificate the system already trusts is accepted as before.
/// </summary>
public static class TrustedRoots
{
    /// <summary>Reads the PEM file's certificates (one or more <c>BEGIN CERTIFICATE</c> blocks).</summary>
    public static X509Certificate2Collection Load(string pemPath)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(pemPath);
        return roots.Count > 0 ? roots : throw new InvalidDataException($"{pemPath} holds no certificate");
    }

    public static RemoteCertificateValidationCallback Callback(X509Certificate2Collection roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return (_, certificate, _, errors) => Validate(roots, certificate, errors);
    }

    public static bool Validate(X509Certificate2Collection roots, X509Certificate? certificate, SslPolicyErrors errors)
    {
        ArgumentNullException.ThrowIfNull(roots);
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only an unknown chain is for the configured roots to settle; a wrong name or no certificate stays an error.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is not X509Certificate2 leaf)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        // A private CA rarely publishes revocation lists reachable from here; the pinned roots are the trust decision.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
