using Azure;
using Azure.Storage.Blobs;

namespace Changji.Storage.Azure.Blobs;

/// <summary>The drop zone <c>incoming/</c>, where stewards upload files.</summary>
public sealed class IncomingContainer(BlobContainerClient container)
{
    public BlobContainerClient Container => container;

    /// <summary>The blob's bytes and ETag, or null when it is gone (deleted after its event was sent).</summary>
    public async Task<(byte[] Content, string ETag)?> DownloadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = (await container.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            return (result.Content.ToArray(), Normalise(result.Details.ETag.ToString()));
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Every blob with its ETag, without reading any content.</summary>
    public async Task<IReadOnlyList<IncomingBlob>> ListAsync(CancellationToken cancellationToken = default)
    {
        var blobs = new List<IncomingBlob>();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            blobs.Add(new IncomingBlob(item.Name, Normalise(item.Properties.ETag?.ToString() ?? "")));
        }

        return blobs;
    }

    /// <summary>Downloads and listings quote ETags differently; compare them bare.</summary>
    private static string Normalise(string etag) => etag.Trim('"');
}
