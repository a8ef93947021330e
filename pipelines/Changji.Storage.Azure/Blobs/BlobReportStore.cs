using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// <c>reports/{year}/…</c>: stewards' validation reports and the yearly self-evaluation report (Markdown,
/// and HTML served as a page); an unchanged report is not rewritten.
/// </summary>
public sealed class BlobReportStore(BlobContainerClient container) : IReportStore
{
    public async Task WriteAsync(string name, string content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var bytes = Encoding.UTF8.GetBytes(content);
        var blob = container.GetBlobClient(name);
        if (await BlobContent.HoldsAsync(blob, bytes, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(name), ContentHash = MD5.HashData(bytes) },
        };
        await blob.UploadAsync(BinaryData.FromBytes(bytes), options, cancellationToken).ConfigureAwait(false);
    }

    private static string ContentTypeOf(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8";
}
