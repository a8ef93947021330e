using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// Delivery in Azure (the <c>Notify</c> timer): the channels come from the <c>NotifyChannels</c> setting (the
/// channels file's JSON; its <c>env:NAME</c> values read from app settings, which may be Key Vault references);
/// each subscription is drained into the single-message channels, then digest channels get the outbox's
/// complete days, as <c>changji notify</c> does. Without channels it receives nothing, so messages wait.
/// </summary>
public sealed class AlertNotifier(AlertSubscriptionDrain drain, Delivery delivery, IAlertSubscriptions subscriptions, NotifyChannelsSetting setting)
{
    public async Task<AlertNotifierResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var channels = setting.Load();
        if (channels.Count == 0)
        {
            return new AlertNotifierResult(0, [], new DeliveryResult(0, 0, 0, []));
        }

        var drains = new List<(string, SubscriptionDrainResult)>();
        foreach (var name in subscriptions.Names)
        {
            var receiver = subscriptions.Open(name);
            await using (receiver.ConfigureAwait(false))
            {
                drains.Add((name, await drain.DrainAsync(receiver, channels, cancellationToken).ConfigureAwait(false)));
            }
        }

        IReadOnlyList<Channel> fromOutbox = [.. channels.Where(c => c.ServedFromOutbox)];
        var digested = await delivery.RunAsync(fromOutbox, cancellationToken).ConfigureAwait(false);
        return new AlertNotifierResult(channels.Count, drains, digested);
    }
}

/// <summary>How many channels were configured, each subscription's drain, and the digests sent from the outbox.</summary>
public sealed record AlertNotifierResult(int Channels, IReadOnlyList<(string Subscription, SubscriptionDrainResult Drain)> Drains, DeliveryResult Digests);
