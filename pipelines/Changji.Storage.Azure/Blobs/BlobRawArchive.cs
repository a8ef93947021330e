using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// <c>raw/{key}{extension}</c>: every file received, byte for byte, once; an existing blob is never
/// overwritten. The bytes never pass through the app: the blob is copied server-side from
/// <c>incoming/</c> (Copy Blob within the account, authorized by the app's identity, which reads
/// <c>incoming/</c> and writes <c>raw/</c>), only as of the version that was checked, so an oversized
/// file is archived without a download and an overwrite in between fails the copy instead of mixing files.
/// Each blob carries its receipt sequence (<see cref="RawReceipt"/>), the order <c>changji restore --from-raw</c> replays them in.
/// </summary>
/// <param name="clock">The receipt instant; the system clock unless a test fixes it.</param>
public sealed class BlobRawArchive(BlobContainerClient raw, BlobContainerClient incoming, TimeProvider? clock = null) : IRawArchive
{
    public async Task StoreAsync(string key, IncomingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(file);
        var target = raw.GetBlobClient(key + Path.GetExtension(file.Path).ToLowerInvariant());
        var options = new BlobCopyFromUriOptions
        {
            SourceConditions = new BlobRequestConditions { IfMatch = new ETag($"\"{file.Version}\"") },
            DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            // Metadata must be ASCII: the steward's path (often Chinese) is kept percent-encoded.
            Metadata = new Dictionary<string, string>
            {
                [RawReceipt.OriginalPath] = Uri.EscapeDataString(IncomingPath.Normalise(file.Path)),
                [RawReceipt.Sequence] = RawReceipt.SequenceOf((clock ?? TimeProvider.System).GetUtcNow()),
            },
        };
        try
        {
            var copy = await target.StartCopyFromUriAsync(incoming.GetBlobClient(file.Path).Uri, options, cancellationToken).ConfigureAwait(false);
            await copy.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412 && error.ErrorCode != BlobErrorCode.SourceConditionNotMet)
        {
            // Archived before (same key, same file): nothing to do. A changed source is not this case: it throws.
        }
    }
}
