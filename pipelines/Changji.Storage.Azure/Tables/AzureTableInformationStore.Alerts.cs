using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    public async Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.AlertPrefix, cancellationToken).ConfigureAwait(false);
        return rows
            .Select(e => PipelineJson.Deserialize<AlertRecord>(PayloadColumns.Read(e)))
            .OrderBy(a => a.OpenedYear).ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The county's partition (<see cref="TableLayout.LedgerOf"/>), and for another county than the home county
    /// also its lines an earlier version wrote under <c>ledger</c> (a line stays where it was first written).
    /// </summary>
    public async Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.PrefixAsync(alerts, TableLayout.LedgerOf(county), TableLayout.AlertPrefix, cancellationToken).ConfigureAwait(false);
        if (county is not null)
        {
            rows.AddRange(await TableReads.PrefixAsync(alerts, TableLayout.LedgerPartition, TableLayout.AlertPrefix, cancellationToken).ConfigureAwait(false));
        }

        return rows
            .Select(e => PipelineJson.Deserialize<AlertRecord>(PayloadColumns.Read(e)))
            .Where(a => a.CountyCode == county)
            .OrderBy(a => a.OpenedYear).ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A county's alert lines and outbox messages live in one partition (<see cref="TableLayout.LedgerOf"/>),
    /// so each chunk of ≤ 100 is one entity-group transaction (one for the usual run of one county); only the
    /// partitions the changes touch are read, so counties do not read each other's lines. Lines are written with the ETag read just before (a concurrent writer makes the
    /// attempt start again); a message id already in the outbox is skipped, so nothing is queued twice.
    /// Each attempt first checks that the lines the changes were decided from (<see cref="AlertChanges.Basis"/>)
    /// are still as they were; if another writer changed one, nothing is written and
    /// <see cref="AlertLedgerChangedException"/> sends the caller back to decide again (a retry of the
    /// same decisions would re-apply what a stale ledger implied).
    /// </summary>
    public async Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return;
        }

        try
        {
            await WriteChangesAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // After the lines, also when a chunk failed (the port's contract); not cancelled, or a write would go unannounced.
            await BumpAlertLedgerVersionAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Task WriteChangesAsync(AlertChanges changes, CancellationToken cancellationToken) =>
        resilience.OnConflictAsync(async c =>
        {
            var stored = await ReadLedgerAsync(changes, c).ConfigureAwait(false);
            EnsureBasisHolds(changes, stored);
            var actions = new List<TableTransactionAction>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stamp = clock.GetUtcNow().UtcTicks;
            foreach (var (message, i) in changes.Messages.Select((m, i) => (m, i)))
            {
                var rk = TableLayout.OutboxPrefix + TableKey.Escape(message.MessageId);
                if (stored.ContainsKey(rk) || !seen.Add(rk))
                {
                    continue;
                }

                var entity = new TableEntity(TableLayout.LedgerOf(message.CountyCode), rk)
                {
                    ["SortKey"] = $"{stamp:D19}-{i:D6}",
                    ["Pending"] = true,
                    ["MessageId"] = message.MessageId,
                };
                PayloadColumns.Write(entity, PipelineJson.Serialize(message));
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
            }

            // Messages before lines: if more than one chunk is needed and the run stops between them, the
            // redo finds no line, reconciles again and skips the messages already queued; the reverse
            // order could leave a line without its message.
            var messages = actions.Count;
            var apart = false;
            foreach (var line in changes.Upserts.Reverse().Where(a => seen.Add(TableLayout.AlertPrefix + TableKey.Escape(a.AlertId))).Reverse())
            {
                apart |= stored.TryGetValue(TableLayout.AlertPrefix + TableKey.Escape(line.AlertId), out var was) && was.PartitionKey != TableLayout.LedgerOf(line.CountyCode);
                actions.AddRange(AlertLine(line, stored));
            }

            // A line stays in the partition it was first written to. One that an earlier version wrote under
            // `ledger` for another county is thus apart from its new messages: those are stored first, on their own.
            if (apart)
            {
                await TableBatches.SubmitAsync(alerts, actions.Take(messages), c).ConfigureAwait(false);
                actions = actions.Skip(messages).ToList();
            }

            await TableBatches.SubmitAsync(alerts, actions, c).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.OutboxPrefix, cancellationToken).ConfigureAwait(false);
        return rows
            .Where(e => e.GetBoolean("Pending") == true)
            .OrderBy(e => e.GetString("SortKey"), StringComparer.Ordinal)
            .Select(e => PipelineJson.Deserialize<AlertMessage>(PayloadColumns.Read(e)))
            .ToList();
    }

    /// <summary>
    /// Marks in entity-group transactions of up to 100 (a county's outbox shares one partition), each row
    /// ETag-checked: a concurrent drain that marked a row first makes the batch run again from its read.
    /// Messages of a page read by <see cref="PendingPageAsync"/> are looked up in their partitions only.
    /// </summary>
    public Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        return resilience.OnConflictAsync(async c =>
        {
            var rows = await PendingRowsOfAsync(messageIds, c).ConfigureAwait(false);
            var actions = rows
                .Select(e =>
                {
                    e["Pending"] = false;
                    e["SentAtUtc"] = DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc);
                    return new TableTransactionAction(TableTransactionActionType.UpdateReplace, e, e.ETag);
                });
            await TableBatches.SubmitAsync(alerts, actions, c).ConfigureAwait(false);
            foreach (var id in messageIds)
            {
                located.TryRemove(id, out _);
            }
        }, cancellationToken);
    }

    /// <summary>The schools registry, for inspection and tests.</summary>
    public Task<IReadOnlyList<RegisteredSchool>> RegisteredSchoolsAsync(CancellationToken cancellationToken = default) =>
        SchoolRegistry.ListAsync(schools, cancellationToken);

    /// <summary>Each line as the decision saw it, or already as the decision makes it (the same changes applied again).</summary>
    private static void EnsureBasisHolds(AlertChanges changes, IReadOnlyDictionary<string, TableEntity> stored)
    {
        if (changes.Basis is not { } basis)
        {
            return;
        }

        foreach (var upsert in changes.Upserts)
        {
            stored.TryGetValue(TableLayout.AlertPrefix + TableKey.Escape(upsert.AlertId), out var now);
            var json = now is null ? null : PayloadColumns.Read(now);
            var expected = basis.GetValueOrDefault(upsert.AlertId);
            var asDecided = expected is null ? json is null : json == PipelineJson.Serialize(expected);
            if (!asDecided && json != PipelineJson.Serialize(upsert))
            {
                throw new AlertLedgerChangedException($"Alert line {upsert.AlertId} changed since the changes were decided.");
            }
        }
    }

    /// <summary>
    /// The lines and messages of the partitions <paramref name="changes"/> touch, and of <c>ledger</c>, where an
    /// earlier version stored every county's lines: a few partitions one by one, many with one range query.
    /// Keys are unique across partitions (another county's alert and message ids start with its code).
    /// </summary>
    private async Task<Dictionary<string, TableEntity>> ReadLedgerAsync(AlertChanges changes, CancellationToken ct)
    {
        var partitions = changes.Messages.Select(m => m.CountyCode).Concat(changes.Upserts.Select(a => a.CountyCode))
            .Select(TableLayout.LedgerOf).Prepend(TableLayout.LedgerPartition).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<TableEntity>();
        if (partitions.Count > 4)
        {
            rows.AddRange(await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.AlertPrefix, ct).ConfigureAwait(false));
            rows.AddRange(await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.OutboxPrefix, ct).ConfigureAwait(false));
        }
        else
        {
            foreach (var partition in partitions)
            {
                rows.AddRange(await TableReads.PartitionAsync(alerts, partition, ct).ConfigureAwait(false));
            }
        }

        return rows.GroupBy(e => e.RowKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static IEnumerable<TableTransactionAction> AlertLine(AlertRecord line, IReadOnlyDictionary<string, TableEntity> stored)
    {
        var rk = TableLayout.AlertPrefix + TableKey.Escape(line.AlertId);
        var json = PipelineJson.Serialize(line);
        stored.TryGetValue(rk, out var before);
        if (before is not null && PayloadColumns.Read(before) == json)
        {
            yield break;
        }

        var entity = new TableEntity(before?.PartitionKey ?? TableLayout.LedgerOf(line.CountyCode), rk)
        {
            ["AlertId"] = line.AlertId,
            ["Rule"] = line.Rule,
            ["Status"] = line.Status == AlertStatus.Open ? "open" : "resolved",
            ["OpenedYear"] = line.OpenedYear,
        };
        PayloadColumns.Write(entity, json);
        yield return before is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, before.ETag);
    }
}
