using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Changji.Cli.Serve;

/// <summary>
/// The token <c>changji serve --listen-any</c> prints at start-up: whoever is on the network can reach
/// the port, so only whoever was given the printed address may use the page.
/// </summary>
public static class AccessToken
{
    /// <summary>256 bits from the operating system's cryptographic generator, URL-safe (it travels in <c>?token=</c>).</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Compares in constant time: both sides are hashed first, so neither the position of the first
    /// differing character nor the expected length can be learnt from the time an answer takes.
    /// </summary>
    public static bool Matches(string expected, string? presented)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
