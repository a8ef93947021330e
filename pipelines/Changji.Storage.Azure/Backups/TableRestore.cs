using System.IO.Compression;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Rebuilds the information database from a snapshot of <see cref="TableBackup"/> (the latest unless one is
/// named). The snapshot is read through once to check it is whole and of a known version before anything
/// is written. Tables that hold entities are left alone unless <c>force</c>: then they are emptied first,
/// so the tables end up holding exactly the snapshot (a merge would keep rows the snapshot does not have).
/// </summary>
public sealed class TableRestore(TableServiceClient tables, BlobContainerClient backup, AzureStorageNames names)
{
    /// <summary>The snapshots in <c>backup/</c>, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        var found = new List<string>();
        await foreach (var blob in backup.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (SnapshotName.IsSnapshot(blob.Name))
            {
                found.Add(blob.Name);
            }
        }

        return [.. found.OrderDescending(StringComparer.Ordinal)];
    }

    public async Task<RestoreResult> RestoreAsync(string? snapshot, bool force, CancellationToken cancellationToken = default)
    {
        var name = snapshot ?? (await ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (name is null || !(await backup.GetBlobClient(name).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
        {
            return RestoreResult.NotFound(name);
        }

        var summary = await ReadAsync(name, null, cancellationToken).ConfigureAwait(false);
        var deployed = SnapshotTable.Of(names).ToDictionary(t => t.Name, t => t.Deployed, StringComparer.Ordinal);
        if (summary.Header.Tables.FirstOrDefault(t => !deployed.ContainsKey(t)) is { } unknown)
        {
            throw new SnapshotFormatException($"The snapshot holds table '{unknown}', which this deployment does not have.");
        }

        var nonEmpty = new List<string>();
        foreach (var table in summary.Header.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(deployed[table], cancellationToken).ConfigureAwait(false);
            if (await TableWipe.HasEntitiesAsync(Client(table), cancellationToken).ConfigureAwait(false))
            {
                nonEmpty.Add(table);
            }
        }

        if (nonEmpty.Count > 0 && !force)
        {
            return RestoreResult.Refused(name, nonEmpty);
        }

        foreach (var table in nonEmpty)
        {
            await TableWipe.EmptyAsync(Client(table), cancellationToken).ConfigureAwait(false);
        }

        var buffer = new EntityBuffer(Client, TableTransactionActionType.UpsertReplace, cancellationToken);
        await ReadAsync(name, e => buffer.AddAsync(e.Table, e.Entity), cancellationToken).ConfigureAwait(false);
        await buffer.FlushAsync().ConfigureAwait(false);
        return new RestoreResult(RestoreStatus.Restored, name, summary.Counts, nonEmpty);

        TableClient Client(string table) => tables.GetTableClient(deployed[table]);
    }

    private async Task<SnapshotSummary> ReadAsync(string name, Func<SnapshotEntity, Task>? onEntity, CancellationToken cancellationToken)
    {
        var stream = await backup.GetBlobClient(name).OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var gzip = new GZipStream(stream, CompressionMode.Decompress);
            await using (gzip.ConfigureAwait(false))
            {
                return await SnapshotReader.ReadAsync(gzip, onEntity, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
