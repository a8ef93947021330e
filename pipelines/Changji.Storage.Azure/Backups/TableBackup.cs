using System.IO.Compression;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// The nightly export of the information database (every table of <see cref="AzureStorageNames.Tables"/>) to
/// one gzip-compressed snapshot in <c>backup/</c> (<see cref="SnapshotName"/>), streamed table by table so
/// memory stays flat. Azure Tables have no point-in-time read across tables: run it when nothing ingests
/// (the timer's default is 03:00 Beijing); a file committed during the export is at worst restored
/// without its ledger line, and the ledger-last write order makes its next delivery redo it. Old snapshots
/// are deleted by the account's lifecycle rule (35 days, infra/modules/dataprotection.bicep), not here.
/// </summary>
public sealed class TableBackup(TableServiceClient tables, BlobContainerClient backup, AzureStorageNames names, TimeProvider clock)
{
    public const string ContentType = "application/gzip";

    public async Task<BackupResult> ExportAsync(CancellationToken cancellationToken = default)
    {
        var takenAt = clock.GetUtcNow();
        var name = SnapshotName.For(takenAt);
        var layout = SnapshotTable.Of(names);
        var header = SnapshotHeader.Now(takenAt, [.. layout.Select(t => t.Name)]);
        var options = new BlockBlobOpenWriteOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
            Metadata = new Dictionary<string, string> { ["format"] = header.Format, ["version"] = header.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        SnapshotSummary summary;
        var blob = backup.GetBlockBlobClient(name);
        var stream = await blob.OpenWriteAsync(overwrite: true, options, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
            await using (gzip.ConfigureAwait(false))
            {
                summary = await SnapshotWriter.WriteAsync(gzip, header, EntitiesAsync(layout, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }

        return new BackupResult(name, summary.Counts);
    }

    private async IAsyncEnumerable<SnapshotEntity> EntitiesAsync(IReadOnlyList<SnapshotTable> layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var table in layout)
        {
            await foreach (var entity in tables.GetTableClient(table.Deployed).QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return new SnapshotEntity(table.Name, entity);
            }
        }
    }
}
