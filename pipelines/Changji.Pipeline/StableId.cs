using System.Security.Cryptography;
using System.Text;

namespace Changji.Pipeline;

/// <summary>Deterministic identifiers and content hashes: the same input always yields the same id.</summary>
public static class StableId
{
    /// <summary>Lower-case hex SHA-256 of a file's bytes: the identity of a submission.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A 20-hex-digit id from its parts (joined with a separator no part contains).</summary>
    public static string Of(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..20];
    }
}
