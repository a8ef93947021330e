using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Sends what the transactional outbox holds, in batches: each batch is read as one page, sent together
/// and then marked in one transaction, so a national run is bound neither by round trips nor by disk
/// syncs, and holds one batch of payloads at a time rather than the whole outbox. A message is marked
/// sent only after the sender accepted it. A failed batch stays pending and ends the drain: the
/// transport is most likely down, and trying the rest would only wait out its retries batch after batch;
/// the next drain starts again from the oldest. A crash between send and mark re-sends at most one batch,
/// which the receiver drops by message id.
/// </summary>
public sealed class DrainOutbox(IAlertLedger ledger, IAlertSender sender, TimeProvider clock)
{
    /// <summary>Messages read, sent and marked together.</summary>
    public const int BatchSize = 500;

    public async Task<OutboxDrainResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        string? after = null;
        do
        {
            var page = await ledger.PendingPageAsync(after, BatchSize, cancellationToken).ConfigureAwait(false);
            var batch = page.Messages;
            if (batch.Count == 0)
            {
                break;
            }

            try
            {
                await sender.SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new OutboxDrainResult(sent, [.. batch.Select(m => $"{m.MessageId}: {ex.Message}")]);
            }

            await ledger.MarkSentAsync([.. batch.Select(m => m.MessageId)], clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
            sent += batch.Count;
            after = page.Next;
        }
        while (after is not null);

        return new OutboxDrainResult(sent, []);
    }
}
