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
}
