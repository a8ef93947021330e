using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Blobs;

/// <summary><c>raw/{sha256}{extension}</c>: every file received, byte for byte, once; an existing blob is never overwritten.</summary>
public sealed class BlobRawArchive(BlobContainerClient container) : IRawArchive
{
    public async Task StoreAsync(string sha256, string originalPath, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        var blob = container.GetBlobClient(sha256 + Path.GetExtension(originalPath).ToLowerInvariant());
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            // Metadata must be ASCII: the steward's path (often Chinese) is kept percent-encoded.
            Metadata = new Dictionary<string, string> { ["originalpath"] = Uri.EscapeDataString(originalPath) },
        };
        try
        {
            await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412)
        {
            // Archived before (same bytes, same hash): nothing to do.
        }
    }
}
