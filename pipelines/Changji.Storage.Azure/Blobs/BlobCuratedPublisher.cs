using Azure;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Changji.Pipeline.Curated;
using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// Publishes <c>curated/{table}/year={year}/{table}.parquet</c> (another county's rows one folder deeper,
/// <c>county={code}/</c>). Every changed file is first staged as
/// uncommitted blocks of its final blob (invisible to readers, who keep seeing the old file), then all
/// block lists are committed, each commit atomic: so no reader sees half a file, and no staging blob
/// ever appears beside the tables Power BI reads. A file whose bytes did not change (same length and
/// MD5) is left untouched, so a rerun writes nothing.
/// </summary>
public sealed class BlobCuratedPublisher(BlobContainerClient container, AzureResilience resilience) : ICuratedPublisher
{
    private const int BlockSize = 4 * 1024 * 1024;

    public async Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var staged = new List<(BlockBlobClient Blob, IReadOnlyList<string> Blocks, byte[] Md5, byte[] Content)>();
        var run = Guid.NewGuid().ToString("N");
        foreach (var file in files)
        {
            var blob = container.GetBlockBlobClient(file.RelativePath);
            if (await BlobContent.HoldsAsync(container.GetBlobClient(file.RelativePath), file.Content, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            staged.Add((blob, await StageAsync(blob, run, file.Content, cancellationToken).ConfigureAwait(false), MD5.HashData(file.Content), file.Content));
        }

        foreach (var (blob, blocks, md5, content) in staged)
        {
            await CommitAsync(blob, blocks, md5, content, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A commit discards every other uncommitted block of the blob, so a publisher running at the same
    /// time can void ours (InvalidBlockList): then stage again and commit at once. The last to commit
    /// wins; both wrote a complete file.
    /// </summary>
    private async Task CommitAsync(BlockBlobClient blob, IReadOnlyList<string> blocks, byte[] md5, byte[] content, CancellationToken ct)
    {
        var options = new CommitBlockListOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.apache.parquet", ContentHash = md5 },
        };
        var first = true;
        await resilience.BlockListCommits.ExecuteAsync(async c =>
        {
            if (!first)
            {
                blocks = await StageAsync(blob, Guid.NewGuid().ToString("N"), content, c).ConfigureAwait(false);
            }

            first = false;
            await blob.CommitBlockListAsync(blocks, options, c).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Block ids are unique to this run, so two publishers at once never mix their blocks. Empty content commits an empty list.</summary>
    private static async Task<IReadOnlyList<string>> StageAsync(BlockBlobClient blob, string run, byte[] content, CancellationToken ct)
    {
        var blocks = new List<string>();
        for (var offset = 0; offset < content.Length; offset += BlockSize)
        {
            var id = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{run}-{blocks.Count:D6}"));
            var length = Math.Min(BlockSize, content.Length - offset);
            using var part = new MemoryStream(content, offset, length, writable: false);
            await blob.StageBlockAsync(id, part, cancellationToken: ct).ConfigureAwait(false);
            blocks.Add(id);
        }

        return blocks;
    }

    public async Task<IReadOnlyList<CuratedFile>> ReadYearAsync(string table, int year, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var files = new List<CuratedFile>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{table}/year={year}/" }, cancellationToken).ConfigureAwait(false))
        {
            if (CuratedFile.TryCountyOf(table, year, item.Name, out var county))
            {
                var content = await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                files.Add(new CuratedFile(table, year, content.Value.Content.ToArray()) { County = county });
            }
        }

        return files;
    }

    public async Task<byte[]?> ReadManifestAsync(int year, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await container.GetBlobClient(CuratedManifest.RelativePath(year)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A single upload replaces a blob atomically: readers see the old manifest or the new one.</summary>
    public Task WriteManifestAsync(int year, byte[] content, CancellationToken cancellationToken = default) =>
        container.GetBlobClient(CuratedManifest.RelativePath(year)).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
}
