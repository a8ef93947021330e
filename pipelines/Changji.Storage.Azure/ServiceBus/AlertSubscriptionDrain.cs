using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// Drains one subscription of the alert topic in peek-lock, one message at a time so a lock is held only
/// while that message is delivered, through the same <see cref="Delivery"/> as <c>changji notify</c>: complete
/// once every channel of its audience has it delivered or given up (the ledger says so), abandon otherwise (at
/// the end of the run, so it is not received twice in one run) so it comes back on a later run, dead-letter a body that is not an alert or a message still unsettled after
/// <see cref="MaxDeliveryCount"/> receives. A lock lost on settling is counted and left: the message returns,
/// and the delivery ledger keeps it from being sent twice.
/// </summary>
public sealed class AlertSubscriptionDrain(Delivery delivery)
{
    /// <summary>
    /// Receives before the drain dead-letters a message itself, with its reason. Equal to the subscriptions'
    /// <c>maxDeliveryCount</c> in infra/modules/notifications.bicep: high because waiting out a retry's backoff
    /// (up to 8½ hours over 10 attempts) costs a receive per run.
    /// </summary>
    public const int MaxDeliveryCount = 100;

    /// <summary>At most this many receives per run, so one run ends even if messages keep arriving.</summary>
    public const int MaxMessagesPerRun = 200;

    public const string UnreadableReason = "UnreadableAlert";
    public const string UnsettledReason = "DeliveryUnsettled";

    /// <summary>How long a receive waits for a message before the subscription counts as drained.</summary>
    public static readonly TimeSpan ReceiveWait = TimeSpan.FromSeconds(5);

    public async Task<SubscriptionDrainResult> DrainAsync(ServiceBusReceiver receiver, IReadOnlyList<Channel> channels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(channels);
        var tally = new SubscriptionDrainTally();
        var seen = new HashSet<long>();
        var unsettled = new List<ServiceBusReceivedMessage>();
        for (var i = 0; i < MaxMessagesPerRun; i++)
        {
            var message = await receiver.ReceiveMessageAsync(ReceiveWait, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                break;
            }

            // Its lock lapsed during a long run and it came back: it is already waiting for a later run.
            if (!seen.Add(message.SequenceNumber))
            {
                unsettled.Add(message);
                break;
            }

            if (!await HandleAsync(receiver, message, channels, tally, cancellationToken).ConfigureAwait(false))
            {
                unsettled.Add(message);
            }
        }

        // Abandoned only now, so a message is received once per run: each run costs one delivery count.
        foreach (var message in unsettled)
        {
            await SettleAsync(tally, () => receiver.AbandonMessageAsync(message, null, cancellationToken), () => tally.Abandoned++).ConfigureAwait(false);
        }

        return tally.ToResult();
    }

    /// <summary>Completes or dead-letters the message; false when it is to be abandoned at the end of the run.</summary>
    private async Task<bool> HandleAsync(ServiceBusReceiver receiver, ServiceBusReceivedMessage message, IReadOnlyList<Channel> channels, SubscriptionDrainTally tally, CancellationToken ct)
    {
        AlertMessage alert;
        try
        {
            alert = AlertMessageMapper.FromReceived(message);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            tally.Errors.Add($"{message.MessageId}: {ex.Message}");
            await SettleAsync(tally, () => receiver.DeadLetterMessageAsync(message, UnreadableReason, ex.Message, ct), () => tally.DeadLettered++).ConfigureAwait(false);
            return true;
        }

        var settled = false;
        string? error = null;
        try
        {
            var outcome = await delivery.DeliverAsync(alert, channels, ct).ConfigureAwait(false);
            tally.Add(outcome.Result);
            settled = outcome.Settled;
            error = outcome.Result.Errors.Count > 0 ? string.Join("; ", outcome.Result.Errors) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The ledger could not be read or written: nothing is known to be settled, so the message stays.
            error = ex.Message;
            tally.Errors.Add($"{message.MessageId}: {ex.Message}");
        }

        if (settled)
        {
            await SettleAsync(tally, () => receiver.CompleteMessageAsync(message, ct), () => tally.Completed++).ConfigureAwait(false);
            return true;
        }

        if (message.DeliveryCount >= MaxDeliveryCount)
        {
            var description = error ?? "not every channel has delivered or given up";
            await SettleAsync(tally, () => receiver.DeadLetterMessageAsync(message, UnsettledReason, description, ct), () => tally.DeadLettered++).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private static async Task SettleAsync(SubscriptionDrainTally tally, Func<Task> settle, Action counted)
    {
        try
        {
            await settle().ConfigureAwait(false);
            counted();
        }
        catch (ServiceBusException ex) when (ex.Reason == ServiceBusFailureReason.MessageLockLost)
        {
            tally.LockLost++;
        }
    }
}
