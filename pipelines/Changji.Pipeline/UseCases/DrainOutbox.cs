using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Sends what the transactional outbox holds. A message is marked sent only after the sender
/// accepted it; a failed send stays pending for the next drain, and the message id lets the
/// receiver drop a duplicate if a crash falls between send and mark.
/// </summary>
public sealed class DrainOutbox(IAlertLedger ledger, IAlertSender sender, TimeProvider clock)
{
    public async Task<OutboxDrainResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var failures = new List<string>();
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

            await ledger.MarkSentAsync(message.MessageId, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
            sent++;
        }

        return new OutboxDrainResult(sent, failures);
    }
}
