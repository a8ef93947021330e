using Azure.Data.Tables;

namespace Changji.Storage.Azure.Tables;

/// <summary>Partition and range queries the stores share.</summary>
internal static class TableReads
{
    public static async Task<List<TableEntity>> PartitionAsync(TableClient table, string partitionKey, CancellationToken ct, IEnumerable<string>? select = null)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        return await ListAsync(table, filter, select, ct).ConfigureAwait(false);
    }

    /// <summary>Rows of every partition whose key lies in [<paramref name="from"/>, <paramref name="below"/>).</summary>
    public static async Task<List<TableEntity>> PartitionRangeAsync(TableClient table, string from, string below, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {below}");
        return await ListAsync(table, filter, null, ct).ConfigureAwait(false);
    }

    /// <summary>Rows of a partition whose RowKey starts with <paramref name="prefix"/>.</summary>
    public static async Task<List<TableEntity>> PrefixAsync(TableClient table, string partitionKey, string prefix, CancellationToken ct)
    {
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {upper}");
        return await ListAsync(table, filter, null, ct).ConfigureAwait(false);
    }

    /// <summary>Rows of every partition in [From, Below) whose RowKey starts with <paramref name="prefix"/>.</summary>
    public static async Task<List<TableEntity>> RangePrefixAsync(TableClient table, (string From, string Below) partitions, string prefix, CancellationToken ct)
    {
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {partitions.From} and PartitionKey lt {partitions.Below} and RowKey ge {prefix} and RowKey lt {upper}");
        return await ListAsync(table, filter, null, ct).ConfigureAwait(false);
    }

    /// <summary>Rows matching a filter built with <see cref="TableClient.CreateQueryFilter(System.FormattableString)"/>.</summary>
    public static Task<List<TableEntity>> QueryAsync(TableClient table, string filter, CancellationToken ct) => ListAsync(table, filter, null, ct);

    public static async Task<TableEntity?> FindAsync(TableClient table, string partitionKey, string rowKey, CancellationToken ct)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private static async Task<List<TableEntity>> ListAsync(TableClient table, string filter, IEnumerable<string>? select, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: ct).ConfigureAwait(false))
        {
            rows.Add(e);
        }

        return rows;
    }
}
