using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Pipeline.Ports;

/// <summary>
/// The delivery ledger in the information database: one line per (message, channel) that has been
/// attempted, so a message reaches each channel once whatever the reruns.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Every message the outbox ever held, oldest first (delivery does not depend on the outbox drain).</summary>
    Task<IReadOnlyList<AlertMessage>> OutboxMessagesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the line of (<see cref="DeliveryRecord.MessageId"/>, <see cref="DeliveryRecord.Channel"/>); a line already <c>delivered</c> is never overwritten.</summary>
    Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a (message, channel) before it is sent: writes <paramref name="claim"/> (status <c>sending</c>)
    /// only if the line is still exactly <paramref name="seen"/> (same status, attempts and next attempt; null:
    /// no line yet), atomically, so of notifiers running at once exactly one wins and sends. False when another
    /// got there first; that one sends, or its claim lapses and the line is due again.
    /// </summary>
    Task<bool> TryClaimAsync(DeliveryRecord claim, DeliveryRecord? seen, CancellationToken cancellationToken = default);
}
