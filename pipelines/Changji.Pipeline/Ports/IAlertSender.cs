using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Ports;

/// <summary>Delivers alert messages to the supervision office (Service Bus topic, or the outbox folder locally).</summary>
public interface IAlertSender
{
    /// <summary>Sends the message; throws when it was not delivered, so the outbox keeps it for the next try.</summary>
    Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the messages together, as one transport allows (a Service Bus batch, parallel files); throws
    /// when any was not delivered. Some may have been delivered even so: receivers drop a message id seen
    /// before, so the drain may send them again. By default one at a time.
    /// </summary>
    async Task SendBatchAsync(IReadOnlyList<AlertMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            await SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
