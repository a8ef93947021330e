using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Connection;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Rebuilds the information database from <c>raw/</c> when no snapshot will do: every archived file, in
/// receipt order (<see cref="RawFile"/>), is copied back to <c>incoming/</c> under the path it was received
/// under (server-side) and taken by the normal ingest use case (<see cref="IngestIncoming"/>: receive,
/// record the version, recompute from its year, drain), as of its own receipt instant (<see cref="ReplayClock"/>),
/// so corrections replace earlier rows and alerts open and close as they did the first time. Refuses
/// non-empty tables unless <c>force</c>, which empties them first.
/// </summary>
public sealed class RawReplay(AzureStorageClients clients, AzureStorageNames names, IngestIncoming ingest, ReplayClock clock)
{
    public async Task<RawReplayResult> RunAsync(bool force, CancellationToken cancellationToken = default)
    {
        var tables = SnapshotTable.Of(names);
        var nonEmpty = new List<SnapshotTable>();
        foreach (var table in tables)
        {
            await clients.Tables.CreateTableIfNotExistsAsync(table.Deployed, cancellationToken).ConfigureAwait(false);
            if (await TableWipe.HasEntitiesAsync(clients.Tables.GetTableClient(table.Deployed), cancellationToken).ConfigureAwait(false))
            {
                nonEmpty.Add(table);
            }
        }

        if (nonEmpty.Count > 0 && !force)
        {
            return new RawReplayResult(RestoreStatus.TablesNotEmpty, 0, [], [.. nonEmpty.Select(t => t.Name)]);
        }

        foreach (var table in nonEmpty)
        {
            await TableWipe.EmptyAsync(clients.Tables.GetTableClient(table.Deployed), cancellationToken).ConfigureAwait(false);
        }

        var raw = clients.Blobs.GetBlobContainerClient(names.Raw);
        var incoming = clients.Blobs.GetBlobContainerClient(names.Incoming);
        var files = new List<RawFile>();
        await foreach (var blob in raw.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
        {
            files.Add(RawFile.Of(blob));
        }

        var skipped = new List<string>();
        var taken = 0;
        try
        {
            foreach (var file in RawFile.InReceiptOrder(files))
            {
                if (file.OriginalPath is not { } path)
                {
                    skipped.Add(file.Name);
                    continue;
                }

                await CopyBackAsync(raw.GetBlobClient(file.Name), incoming.GetBlobClient(path), cancellationToken).ConfigureAwait(false);
                clock.Set(file.ReceivedAt);
                await ingest.RunAsync(path, cancellationToken).ConfigureAwait(false);
                taken++;
            }
        }
        finally
        {
            clock.Set(null);
        }

        return new RawReplayResult(RestoreStatus.Restored, taken, skipped, [.. nonEmpty.Select(t => t.Name)]);
    }

    /// <summary>Server-side, like the archive copy the other way: the bytes never pass through this process.</summary>
    private static async Task CopyBackAsync(BlobClient source, BlobClient target, CancellationToken cancellationToken)
    {
        var copy = await target.StartCopyFromUriAsync(source.Uri, cancellationToken: cancellationToken).ConfigureAwait(false);
        await copy.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
    }
}
