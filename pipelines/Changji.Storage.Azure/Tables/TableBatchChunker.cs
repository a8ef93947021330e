using Azure.Data.Tables;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Splits table operations into entity-group transactions Azure accepts: one partition key each, at
/// most 100 operations and 4 MiB. Azurite is lenient about both (it takes mixed partitions and garbles
/// a 101-entity batch), so this is enforced here and unit-tested on its own.
/// Partitions keep the order of their first operation; operations keep their order within a partition.
/// </summary>
public static class TableBatchChunker
{
    public const int MaxOperations = 100;
    public const long MaxBytes = 4L * 1024 * 1024;

    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Chunk(
        IEnumerable<TableTransactionAction> actions, int maxOperations = MaxOperations, long maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOperations, 1);
        var chunks = new List<IReadOnlyList<TableTransactionAction>>();
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var current = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                var size = EntitySize.Estimate(action.Entity);
                if (size > maxBytes)
                {
                    throw new InvalidOperationException($"Entity {action.Entity.PartitionKey}/{action.Entity.RowKey} is larger ({size} bytes) than a batch may be.");
                }

                if (current.Count == maxOperations || bytes + size > maxBytes)
                {
                    chunks.Add(current);
                    current = [];
                    bytes = 0;
                }

                current.Add(action);
                bytes += size;
            }

            if (current.Count > 0)
            {
                chunks.Add(current);
            }
        }

        return chunks;
    }
}
