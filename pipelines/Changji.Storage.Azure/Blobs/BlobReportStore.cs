using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// <c>reports/{year}/…</c>: stewards' validation reports and annotated returns (xlsx), the yearly self-evaluation report (Markdown,
/// HTML served as a page, and DOCX); an unchanged report is not rewritten.
/// </summary>
public sealed class BlobReportStore(BlobContainerClient container) : IReportStore, IReportReader
{
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        try
        {
            return (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
        }
        catch (global::Azure.RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    public Task WriteAsync(string name, string content, CancellationToken cancellationToken = default) =>
        WriteBytesAsync(name, Encoding.UTF8.GetBytes(content), cancellationToken);

    public async Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
        }
        catch (global::Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteBytesAsync(string name, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bytes);
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
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html; charset=utf-8"
        : name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/markdown; charset=utf-8";
}
