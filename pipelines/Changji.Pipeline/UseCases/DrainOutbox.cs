using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Sends what the transactional outbox holds. A message is marked sent only after the sender accepted
/// it; a failed send stays pending for the next drain. Marks are written in batches (one transaction
/// each), so a crash between send and mark re-sends at most one batch, which the receiver drops by
/// message id.
/// </summary>
public sealed class DrainOutbox(IAlertLedger ledger, IAlertSender sender, TimeProvider clock)
{
    /// <summary>Messages marked per transaction: large enough that a national run is not bound by disk syncs.</summary>
    public const int MarkBatchSize = 500;

    public async Task<OutboxDrainResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var failures = new List<string>();
        var accepted = new List<string>(MarkBatchSize);
        foreach (var message in await ledger.PendingMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add($"{message.MessageId}: {ex.Message}");
                continue;
            }

            accepted.Add(message.MessageId);
            sent++;
            if (accepted.Count == MarkBatchSize)
            {
                await MarkAsync(accepted, cancellationToken).ConfigureAwait(false);
            }
        }

        await MarkAsync(accepted, cancellationToken).ConfigureAwait(false);
        return new OutboxDrainResult(sent, failures);
    }

    private async Task MarkAsync(List<string> accepted, CancellationToken ct)
    {
        if (accepted.Count > 0)
        {
            await ledger.MarkSentAsync([.. accepted], clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            accepted.Clear();
        }
    }
}
