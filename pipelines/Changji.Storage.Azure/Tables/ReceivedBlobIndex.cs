using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Storage.Azure.Blobs;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Which <c>incoming/</c> blobs were taken, by path and ETag (table <c>submissions</c>, PartitionKey
/// <c>blob</c>, RowKey = a hash of the path, which may hold characters keys forbid). The reconcile timer
/// compares the container listing with it, so it finds missed events without downloading every file.
/// </summary>
public sealed class ReceivedBlobIndex(TableServiceClient tables, AzureStorageNames names)
{
    private readonly TableClient table = tables.GetTableClient(names.SubmissionsTable);

    public Task RecordAsync(string path, string etag, string sha256, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableLayout.BlobIndexPartition, StableId.Of(path))
        {
            ["Path"] = path,
            ["BlobETag"] = etag,
            ["Sha256"] = sha256,
        };
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The blobs of the listing that the index does not hold with the same ETag (new, or overwritten since).</summary>
    public async Task<IReadOnlyList<IncomingBlob>> UnseenAsync(IReadOnlyList<IncomingBlob> listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var known = (await TableReads.PartitionAsync(table, TableLayout.BlobIndexPartition, cancellationToken).ConfigureAwait(false))
            .Select(e => (Path: e.GetString("Path"), ETag: e.GetString("BlobETag")))
            .ToHashSet();
        return listing.Where(b => !known.Contains((b.Path, b.ETag))).ToList();
    }
}
