using Azure.Messaging.ServiceBus;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// The subscriptions of the alert topic that the app delivers from, and a peek-lock receiver for each. The
/// seam between the drain and Service Bus: the real one opens receivers on the app's client; tests hand out
/// <see cref="ServiceBusReceiver"/>s of their own over messages made with <c>ServiceBusModelFactory</c>.
/// </summary>
public interface IAlertSubscriptions
{
    /// <summary>Empty when no Service Bus namespace is configured (a run against Azurite).</summary>
    IReadOnlyList<string> Names { get; }

    ServiceBusReceiver Open(string subscription);
}

/// <summary>The two subscriptions infra/modules/notifications.bicep filters on the <c>audience</c> property.</summary>
public static class AlertSubscriptionNames
{
    /// <summary>Every alert but the operational ones: the supervision office (督导室) and the responsible units.</summary>
    public const string Office = "supervision-office";

    /// <summary>Operational alerts only (<c>audience = 'operations'</c>): whoever runs the pipeline.</summary>
    public const string Operations = "operations";
}
