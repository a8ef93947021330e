using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Blobs;

/// <summary>The <c>templates</c> container, <c>{year}/…xlsx</c>: the published steward templates; an unchanged one is not rewritten.</summary>
public sealed class BlobTemplateStore(BlobContainerClient container) : ITemplateStore
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<bool> WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        var blob = container.GetBlobClient(name);
        if (await BlobContent.HoldsAsync(blob, content, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = XlsxContentType, ContentHash = MD5.HashData(content) },
        };
        await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
