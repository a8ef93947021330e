using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;

namespace Changji.Storage.Azure.Blobs;

/// <summary>Whether a blob already holds exactly some bytes: its stored MD5 (Content-MD5) when set, else the bytes themselves.</summary>
internal static class BlobContent
{
    public static async Task<bool> HoldsAsync(BlobClient blob, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false)).Value;
            if (properties.ContentLength != content.Length)
            {
                return false;
            }

            if (properties.ContentHash is { Length: > 0 } md5)
            {
                return md5.AsSpan().SequenceEqual(MD5.HashData(content.Span));
            }

            var stored = (await blob.DownloadContentAsync(ct).ConfigureAwait(false)).Value.Content;
            return stored.ToMemory().Span.SequenceEqual(content.Span);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return false;
        }
    }
}
