using Azure.Data.Tables;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Whether a table holds anything, and emptying it entity by entity: deleting and recreating the table
/// instead would leave its name refused by Azure for a while after the delete.
/// </summary>
internal static class TableWipe
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    public static async Task<bool> HasEntitiesAsync(TableClient table, CancellationToken cancellationToken)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(select: Keys, maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    public static async Task EmptyAsync(TableClient table, CancellationToken cancellationToken)
    {
        var buffer = new EntityBuffer(_ => table, TableTransactionActionType.Delete, cancellationToken);
        await foreach (var entity in table.QueryAsync<TableEntity>(select: Keys, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await buffer.AddAsync(table.Name, entity).ConfigureAwait(false);
        }

        await buffer.FlushAsync().ConfigureAwait(false);
    }
}
