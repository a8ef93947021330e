using Azure.Data.Tables;
using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// The <c>schools</c> registry (PartitionKey <c>school</c>, RowKey = school code): name and type as
/// of the latest year reported, first and last year. A read-modify-write, so it is ETag-checked:
/// two ingests of different years at once both leave their years in it.
/// </summary>
internal static class SchoolRegistry
{
    public static Task RegisterAsync(AzureResilience resilience, TableClient table, IReadOnlyList<SchoolSighting> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        return resilience.OnConflictAsync(async c =>
        {
            var stored = (await TableReads.PartitionAsync(table, TableLayout.SchoolPartition, c).ConfigureAwait(false)).ToDictionary(e => e.RowKey, StringComparer.Ordinal);
            var merged = new Dictionary<string, (TableEntity Entity, bool Existed)>(StringComparer.Ordinal);
            foreach (var s in rows)
            {
                var rk = TableKey.Escape(s.SchoolCode);
                var current = merged.TryGetValue(rk, out var m) ? m.Entity : stored.GetValueOrDefault(rk);
                merged[rk] = (Merge(current, rk, s), stored.ContainsKey(rk));
            }

            var actions = merged.Values
                .Where(m => !m.Existed || Changed(stored[m.Entity.RowKey], m.Entity))
                .Select(m => m.Existed
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, m.Entity, stored[m.Entity.RowKey].ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, m.Entity));
            await TableBatches.SubmitAsync(table, actions, c).ConfigureAwait(false);
        }, ct);
    }

    public static async Task<IReadOnlyList<RegisteredSchool>> ListAsync(TableClient table, CancellationToken ct) =>
        (await TableReads.PartitionAsync(table, TableLayout.SchoolPartition, ct).ConfigureAwait(false))
            .Select(e => new RegisteredSchool(e.GetString("SchoolCode"), e.GetString("SchoolName"), e.GetString("SchoolType"), e.GetInt32("FirstYear") ?? 0, e.GetInt32("LastYear") ?? 0))
            .OrderBy(s => s.SchoolCode, StringComparer.Ordinal)
            .ToList();

    private static TableEntity Merge(TableEntity? current, string rk, SchoolSighting s)
    {
        var first = current?.GetInt32("FirstYear") ?? s.Year;
        var last = current?.GetInt32("LastYear") ?? s.Year;
        var newest = s.Year >= last;
        return new TableEntity(TableLayout.SchoolPartition, rk)
        {
            ["SchoolCode"] = s.SchoolCode,
            ["SchoolName"] = newest ? s.SchoolName : current!.GetString("SchoolName"),
            ["SchoolType"] = newest ? s.SchoolType.ToString() : current!.GetString("SchoolType"),
            ["FirstYear"] = Math.Min(first, s.Year),
            ["LastYear"] = Math.Max(last, s.Year),
        };
    }

    private static bool Changed(TableEntity before, TableEntity after) =>
        new[] { "SchoolName", "SchoolType" }.Any(p => before.GetString(p) != after.GetString(p))
        || new[] { "FirstYear", "LastYear" }.Any(p => before.GetInt32(p) != after.GetInt32(p));
}
