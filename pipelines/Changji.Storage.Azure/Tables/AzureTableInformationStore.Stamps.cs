using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;
using Changji.Pipeline.Recompute;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// The alert ledger's version and the recompute stamps, in the <c>alerts</c> table's <see cref="TableLayout.RecomputePartition"/>.
/// The version's tag is its entity's ETag, which a restore (an upsert of an older count) changes.
/// </summary>
public sealed partial class AzureTableInformationStore
{
    /// <summary>Binary properties hold at most 64 KiB; an entity 1 MiB: 15 parts of gzip-compressed JSON.</summary>
    private const int StampPartBytes = 60_000;
    private const int StampParts = 15;

    public async Task<AlertLedgerVersion> AlertLedgerVersionAsync(CancellationToken cancellationToken = default)
    {
        var entity = await TableReads.FindAsync(alerts, TableLayout.RecomputePartition, TableLayout.LedgerVersionRow, cancellationToken).ConfigureAwait(false);
        return entity is null ? AlertLedgerVersion.None : new AlertLedgerVersion(entity.GetInt64("Writes") ?? 0, entity.ETag.ToString());
    }

    public async Task<RecomputeStamp?> ReadStampAsync(string request, CancellationToken cancellationToken = default)
    {
        var entity = await TableReads.FindAsync(alerts, TableLayout.RecomputePartition, StampRow(request), cancellationToken).ConfigureAwait(false);
        if (entity?.GetString("Inputs") is not { } inputs)
        {
            return null;
        }

        using var compressed = new MemoryStream();
        for (var i = 0; entity.GetBinary("Results" + i) is { } part; i++)
        {
            compressed.Write(part);
        }

        compressed.Position = 0;
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return new RecomputeStamp(inputs, await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Results too large for one entity even compressed store no stamp (the old one is removed): that request is always recomputed.</summary>
    public async Task WriteStampAsync(string request, RecomputeStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(stamp.Results), cancellationToken).ConfigureAwait(false);
        }

        var bytes = compressed.ToArray();
        if (bytes.Length > StampPartBytes * StampParts)
        {
            await alerts.DeleteEntityAsync(TableLayout.RecomputePartition, StampRow(request), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var entity = new TableEntity(TableLayout.RecomputePartition, StampRow(request)) { ["Inputs"] = stamp.Inputs };
        for (var i = 0; i * StampPartBytes < bytes.Length; i++)
        {
            entity["Results" + i] = bytes[(i * StampPartBytes)..Math.Min(bytes.Length, (i + 1) * StampPartBytes)];
        }

        await alerts.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string StampRow(string request) => TableLayout.StampPrefix + TableKey.Escape(request);

    /// <summary>Incremented with an ETag check, so two writers' raises are both counted.</summary>
    private Task BumpAlertLedgerVersionAsync(CancellationToken ct) => resilience.OnConflictAsync(async c =>
    {
        var version = await TableReads.FindAsync(alerts, TableLayout.RecomputePartition, TableLayout.LedgerVersionRow, c).ConfigureAwait(false);
        if (version is null)
        {
            await alerts.AddEntityAsync(new TableEntity(TableLayout.RecomputePartition, TableLayout.LedgerVersionRow) { ["Writes"] = 1L }, c).ConfigureAwait(false);
            return;
        }

        version["Writes"] = checked((version.GetInt64("Writes") ?? 0) + 1);
        await alerts.UpdateEntityAsync(version, version.ETag, TableUpdateMode.Replace, c).ConfigureAwait(false);
    }, ct);
}
