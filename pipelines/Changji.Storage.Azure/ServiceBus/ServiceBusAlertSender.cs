using Azure.Messaging.ServiceBus;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// Sends alert events to the topic (<c>supervision-alerts</c>). The sender comes from the app's one
/// <see cref="ServiceBusClient"/> (fully qualified namespace + managed identity); a failure throws, so
/// the outbox keeps the message for the next drain.
/// </summary>
public sealed class ServiceBusAlertSender(ServiceBusSender sender) : IAlertSender
{
    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default) =>
        sender.SendMessageAsync(AlertMessageMapper.ToServiceBusMessage(message), cancellationToken);

    /// <summary>
    /// As few sends as the namespace's batch size allows (256 KB on Standard: a few hundred alerts), each
    /// batch atomic. A message too large for a batch on its own is sent alone, so the broker names the problem.
    /// </summary>
    public async Task SendBatchAsync(IReadOnlyList<AlertMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var pending = new Queue<ServiceBusMessage>(messages.Select(AlertMessageMapper.ToServiceBusMessage));
        while (pending.Count > 0)
        {
            using var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
            while (pending.Count > 0 && batch.TryAddMessage(pending.Peek()))
            {
                pending.Dequeue();
            }

            if (batch.Count == 0)
            {
                await sender.SendMessageAsync(pending.Dequeue(), cancellationToken).ConfigureAwait(false);
                continue;
            }

            await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
