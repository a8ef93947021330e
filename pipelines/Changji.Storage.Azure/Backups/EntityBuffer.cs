using Azure;
using Azure.Data.Tables;
using Changji.Storage.Azure.Tables;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Writes a stream of entities to their tables in entity-group transactions (<see cref="TableBatches"/>:
/// one partition, at most 100 each), holding at most <see cref="Capacity"/> operations at a time.
/// </summary>
internal sealed class EntityBuffer(Func<string, TableClient> tableOf, TableTransactionActionType action, CancellationToken cancellationToken)
{
    public const int Capacity = 1000;
    private readonly List<TableTransactionAction> pending = [];
    private string? table;

    public async Task AddAsync(string tableName, ITableEntity entity)
    {
        if (table != tableName || pending.Count >= Capacity)
        {
            await FlushAsync().ConfigureAwait(false);
            table = tableName;
        }

        pending.Add(new TableTransactionAction(action, entity, ETag.All));
    }

    public async Task FlushAsync()
    {
        if (pending.Count > 0 && table is not null)
        {
            await TableBatches.SubmitAsync(tableOf(table), pending, cancellationToken).ConfigureAwait(false);
        }

        pending.Clear();
    }
}
