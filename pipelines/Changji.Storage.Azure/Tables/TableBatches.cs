using Azure.Data.Tables;

namespace Changji.Storage.Azure.Tables;

/// <summary>Submits operations as chunked entity-group transactions (each chunk atomic; chunks in order).</summary>
public static class TableBatches
{
    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var chunk in TableBatchChunker.Chunk(actions))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }
}
