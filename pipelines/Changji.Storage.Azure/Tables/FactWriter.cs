using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Writes one kind of fact (PartitionKey = year and county, <see cref="TableKey.YearOfCounty"/>; RowKey =
/// school code or county figure key) replacing what an earlier file supplied. Only the partitions of the
/// counties a file names are read, so files of different counties never touch each other's rows. Each row remembers the file it came from and, when it replaced another
/// file's row, that file too: so a redo after a crash still reports the replacement.
/// </summary>
internal static class FactWriter
{
    /// <returns>The codes whose earlier facts another file had supplied.</returns>
    public static async Task<IReadOnlyList<string>> ReplaceAsync<T>(
        AzureResilience resilience, TableClient table, IReadOnlyList<T> rows, Func<T, int> year, Func<T, string?> county, Func<T, string> key, string sha,
        Action<TableEntity, T>? columns, CancellationToken ct)
    {
        var replaced = new List<string>();
        foreach (var ofYear in rows.GroupBy(r => TableKey.YearOfCounty(year(r), county(r)), StringComparer.Ordinal))
        {
            // The last row of a key wins, as in the embedded store; the order of first appearance is kept.
            var latest = ofYear.GroupBy(key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            var pk = ofYear.Key;
            replaced.AddRange(await resilience.OnConflictAsync(c => WriteYearAsync(table, pk, latest, key, sha, columns, c), ct).ConfigureAwait(false));
        }

        return replaced;
    }

    private static async Task<List<string>> WriteYearAsync<T>(
        TableClient table, string pk, IReadOnlyList<T> rows, Func<T, string> key, string sha, Action<TableEntity, T>? columns, CancellationToken ct)
    {
        var stored = (await TableReads.PartitionAsync(table, pk, ct).ConfigureAwait(false)).ToDictionary(e => e.RowKey, StringComparer.Ordinal);
        var replaced = new List<string>();
        var actions = new List<TableTransactionAction>(rows.Count);
        foreach (var row in rows)
        {
            var rk = TableKey.Escape(key(row));
            stored.TryGetValue(rk, out var before);
            var previous = before is null ? null
                : before.GetString(TableLayout.Source) == sha ? before.GetString(TableLayout.PreviousSource)
                : before.GetString(TableLayout.Source);
            if (previous is not null)
            {
                replaced.Add(key(row));
            }

            var entity = new TableEntity(pk, rk) { [TableLayout.Source] = sha, [TableLayout.PreviousSource] = previous };
            columns?.Invoke(entity, row);
            PayloadColumns.Write(entity, PipelineJson.Serialize(row));
            actions.Add(before is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, before.ETag));
        }

        await TableBatches.SubmitAsync(table, actions, ct).ConfigureAwait(false);
        return replaced;
    }
}
