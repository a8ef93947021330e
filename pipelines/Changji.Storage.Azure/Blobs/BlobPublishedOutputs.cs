using System.Text;
using Azure.Storage.Blobs;
using Changji.Pipeline;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// The <c>curated</c> and <c>reports</c> containers by every blob's name and ETag: a blob deleted, added or
/// committed again changes the fingerprint. One listing per container; nothing is downloaded.
/// </summary>
public sealed class BlobPublishedOutputs(params BlobContainerClient[] containers) : IPublishedOutputs
{
    public async Task<string> FingerprintAsync(CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        foreach (var container in containers)
        {
            text.Append(container.Name).Append('\n');
            if (!await container.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            // Listed in name order by the service.
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                text.Append(blob.Name).Append('\t').Append(blob.Properties.ETag?.ToString()).Append('\n');
            }
        }

        return StableId.Sha256Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
