using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// The drop zone <c>incoming/</c>, where stewards upload files. A blob's version is its ETag; it is
/// read only as of that ETag, so a file overwritten meanwhile is never half old, half new.
/// The account has a hierarchical namespace: a directory shows up as a zero-length blob with
/// metadata <c>hdi_isfolder=true</c>. Directories are neither listed nor returned, so a folder is
/// never ingested as an empty file, never re-enqueued by Reconcile and never alerted on.
/// An upload from the stewards' page is an ordinary blob here (so Event Grid announces it like any
/// other) whose metadata names the uploader (<see cref="UploaderMetadataKey"/>), read back into
/// <see cref="IncomingFile.UploadedBy"/>.
/// </summary>
public sealed class IncomingContainer(BlobContainerClient container) : IIncomingStore, IIncomingUploads
{
    /// <summary>Metadata of an uploaded blob: the uploader's display name and object id, percent-encoded (metadata is ASCII).</summary>
    public const string UploaderMetadataKey = "uploadedby";

    /// <inheritdoc cref="UploaderMetadataKey"/>
    public const string UploaderIdMetadataKey = "uploadedbyid";

    public async Task<IReadOnlyList<IncomingEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var blobs = new List<IncomingEntry>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IncomingPath.IsSubmission(item.Name) && !IsDirectory(item.Metadata))
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
            if (IsDirectory(properties.Metadata))
            {
                return null;
            }

            var etag = properties.ETag;
            return new IncomingFile(path, Normalise(etag.ToString()), properties.ContentLength, async ct =>
                (await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }, ct).ConfigureAwait(false)).Value.Content)
            {
                UploadedBy = UploaderOf(properties.Metadata),
            };
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteAsync(string path, byte[] content, Uploader uploader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(uploader);
        var options = new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string>
            {
                [UploaderMetadataKey] = Uri.EscapeDataString(uploader.Name),
                [UploaderIdMetadataKey] = Uri.EscapeDataString(uploader.Id),
            },
        };
        await container.GetBlobClient(IncomingPath.Normalise(path)).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
    }

    private static Uploader? UploaderOf(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(UploaderMetadataKey, out var name) && metadata.TryGetValue(UploaderIdMetadataKey, out var id)
        && !string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(id)
            ? new Uploader(Uri.UnescapeDataString(name), Uri.UnescapeDataString(id))
            : null;

    /// <summary>The metadata that marks a directory of a hierarchical-namespace account (a listing may write the key in any case).</summary>
    public const string DirectoryMetadataKey = "hdi_isfolder";

    internal static bool IsDirectory(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.Any(m => string.Equals(m.Key, DirectoryMetadataKey, StringComparison.OrdinalIgnoreCase)
            && string.Equals(m.Value, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Downloads and listings quote ETags differently; compare them bare.</summary>
    private static string Normalise(string etag) => etag.Trim('"');
}
