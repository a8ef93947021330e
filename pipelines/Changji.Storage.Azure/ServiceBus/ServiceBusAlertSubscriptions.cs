using Azure.Messaging.ServiceBus;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>Peek-lock receivers on the alert topic's subscriptions, from the app's one client (managed identity).</summary>
public sealed class ServiceBusAlertSubscriptions(ServiceBusClient client, string topic) : IAlertSubscriptions
{
    public IReadOnlyList<string> Names { get; } = [AlertSubscriptionNames.Office, AlertSubscriptionNames.Operations];

    public ServiceBusReceiver Open(string subscription) =>
        client.CreateReceiver(topic, subscription, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.PeekLock });
}

/// <summary>No namespace configured: nothing to receive; alerts stay in the outbox, where digests still find them.</summary>
public sealed class NoAlertSubscriptions : IAlertSubscriptions
{
    public IReadOnlyList<string> Names { get; } = [];

    public ServiceBusReceiver Open(string subscription) =>
        throw new InvalidOperationException("No Service Bus namespace is configured.");
}
