using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Text;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// Used when no Service Bus namespace is configured (a local run against Azurite): every send fails, so
/// the messages stay in the outbox and go out once the namespace is set. Nothing is dropped silently.
/// </summary>
public sealed class UnconfiguredAlertSender : IAlertSender
{
    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(ZhCn.Text("alert.sender_unconfigured"));
}
