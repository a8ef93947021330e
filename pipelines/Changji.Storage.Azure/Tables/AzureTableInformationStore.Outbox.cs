using System.Collections.Concurrent;
using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    /// <summary>Separates a page position's keys; table keys cannot hold control characters.</summary>
    private const char PositionSeparator = '\u001f';

    /// <summary>Locations handed out with the last pages beyond which a mark falls back to reading every ledger partition.</summary>
    private const int MaxLocated = 100_000;

    /// <summary>
    /// The partition each message of a recent page was read from, so marking the page sent reads those
    /// partitions only (a message id does not tell its county). Taken out when marked.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> located = new(StringComparer.Ordinal);

    /// <summary>
    /// The outbox order of pages: ledger partitions in key order (the home county's <c>ledger</c>, then
    /// <c>ledger-{code}</c> by code), within a partition oldest first (<c>SortKey</c>, then RowKey). Every
    /// county is drained in its turn, the same turn on every drain. A page reads the pending messages of
    /// the partitions it covers, from the position on: one county's pending at most beyond the page, never
    /// the nation's.
    /// </summary>
    public async Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var position = after?.Split(PositionSeparator);
        var partition = position?[0] ?? await NextPendingPartitionAsync(null, cancellationToken).ConfigureAwait(false);
        var page = new List<AlertMessage>(limit);
        TableEntity? last = null;
        while (partition is not null)
        {
            var rows = (await PendingRowsAsync(partition, position?[1], cancellationToken).ConfigureAwait(false))
                .Where(e => position is null || IsAfter(e, position[1], position[2]))
                .OrderBy(e => e.GetString("SortKey"), StringComparer.Ordinal).ThenBy(e => e.RowKey, StringComparer.Ordinal)
                .ToList();
            foreach (var row in rows.Take(limit - page.Count))
            {
                var message = PipelineJson.Deserialize<AlertMessage>(PayloadColumns.Read(row));
                Locate(message.MessageId, partition);
                page.Add(message);
                last = row;
            }

            if (page.Count == limit)
            {
                return new OutboxPage(page, string.Join(PositionSeparator, partition, last!.GetString("SortKey"), last.RowKey));
            }

            position = null;
            partition = await NextPendingPartitionAsync(partition, cancellationToken).ConfigureAwait(false);
        }

        return new OutboxPage(page, null);
    }

    private static bool IsAfter(TableEntity row, string sortKey, string rowKey)
    {
        var order = string.CompareOrdinal(row.GetString("SortKey"), sortKey);
        return order > 0 || (order == 0 && string.CompareOrdinal(row.RowKey, rowKey) > 0);
    }

    private Task<List<TableEntity>> PendingRowsAsync(string partition, string? fromSortKey, CancellationToken ct)
    {
        var (from, below) = OutboxKeys;
        var filter = fromSortKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {below} and Pending eq true")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {below} and Pending eq true and SortKey ge {fromSortKey}");
        return TableReads.QueryAsync(alerts, filter, ct);
    }

    /// <summary>The first ledger partition after <paramref name="partition"/> (or the first of all) holding a pending message; one row read.</summary>
    private async Task<string?> NextPendingPartitionAsync(string? partition, CancellationToken ct)
    {
        var (from, below) = OutboxKeys;
        var (first, end) = TableLayout.LedgerRange;
        var filter = partition is null
            ? TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey lt {end} and RowKey ge {from} and RowKey lt {below} and Pending eq true")
            : TableClient.CreateQueryFilter($"PartitionKey gt {partition} and PartitionKey lt {end} and RowKey ge {from} and RowKey lt {below} and Pending eq true");
        await foreach (var row in alerts.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: ct).ConfigureAwait(false))
        {
            return row.PartitionKey;
        }

        return null;
    }

    private void Locate(string messageId, string partition)
    {
        if (located.Count >= MaxLocated)
        {
            located.Clear();
        }

        located[messageId] = partition;
    }

    /// <summary>The pending outbox rows of these ids: from the partitions their page was read from, the rest from every ledger partition.</summary>
    private async Task<List<TableEntity>> PendingRowsOfAsync(IReadOnlyCollection<string> messageIds, CancellationToken ct)
    {
        var keys = messageIds.Select(id => TableLayout.OutboxPrefix + TableKey.Escape(id)).ToHashSet(StringComparer.Ordinal);
        var partitions = messageIds.Select(id => located.GetValueOrDefault(id)).ToList();
        if (partitions.Contains(null))
        {
            var all = await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.OutboxPrefix, ct).ConfigureAwait(false);
            return all.Where(e => keys.Contains(e.RowKey) && e.GetBoolean("Pending") == true).ToList();
        }

        var rows = new List<TableEntity>();
        foreach (var partition in partitions.Distinct(StringComparer.Ordinal))
        {
            rows.AddRange((await PendingRowsAsync(partition!, null, ct).ConfigureAwait(false)).Where(e => keys.Contains(e.RowKey)));
        }

        return rows;
    }

    private static (string From, string Below) OutboxKeys =>
        (TableLayout.OutboxPrefix, TableLayout.OutboxPrefix[..^1] + (char)(TableLayout.OutboxPrefix[^1] + 1));
}
