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
}
