using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Which <c>incoming/</c> blobs were taken, by path and ETag (table <c>submissions</c>, PartitionKey
/// <c>blob</c>, RowKey = a hash of the path, which may hold characters keys forbid). The reconcile timer
/// compares the container listing with it, so it finds missed events without downloading every file.
/// </summary>
public sealed class ReceivedBlobIndex(TableServiceClient tables, AzureStorageNames names) : IReceivedIndex
{
    private readonly TableClient table = tables.GetTableClient(names.SubmissionsTable);

    public Task RecordAsync(IncomingEntry entry, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TableEntity(TableLayout.BlobIndexPartition, StableId.Of(entry.Path))
        {
            ["Path"] = entry.Path,
            ["BlobETag"] = entry.Version,
            ["Sha256"] = sha256,
        };
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The blobs of the listing that the index does not hold with the same ETag (new, or overwritten since).</summary>
    public async Task<IReadOnlyList<IncomingEntry>> UnseenAsync(IReadOnlyList<IncomingEntry> listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var known = (await TableReads.PartitionAsync(table, TableLayout.BlobIndexPartition, cancellationToken).ConfigureAwait(false))
            .Select(e => (Path: e.GetString("Path"), ETag: e.GetString("BlobETag")))
            .ToHashSet();
        return listing.Where(b => !known.Contains((b.Path, b.Version))).ToList();
    }
}
