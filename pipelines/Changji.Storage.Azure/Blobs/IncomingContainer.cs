using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// The drop zone <c>incoming/</c>, where stewards upload files. A blob's version is its ETag; it is
/// read only as of that ETag, so a file overwritten meanwhile is never half old, half new.
/// </summary>
public sealed class IncomingContainer(BlobContainerClient container) : IIncomingStore
{
    public async Task<IReadOnlyList<IncomingEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var blobs = new List<IncomingEntry>();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IncomingPath.IsSubmission(item.Name))
            {
                blobs.Add(new IncomingEntry(item.Name, Normalise(item.Properties.ETag?.ToString() ?? "")));
            }
        }

        return blobs.OrderBy(b => b.Path, StringComparer.Ordinal).ToList();
    }

    public async Task<IncomingFile?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(path);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            var etag = properties.ETag;
            return new IncomingFile(path, Normalise(etag.ToString()), properties.ContentLength, async ct =>
                (await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }, ct).ConfigureAwait(false)).Value.Content);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Downloads and listings quote ETags differently; compare them bare.</summary>
    private static string Normalise(string etag) => etag.Trim('"');
}
