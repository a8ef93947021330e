using Azure.Messaging.ServiceBus;

namespace Changji.Testing.Azure;

/// <summary>
/// A subscription in peek-lock, as far as a receiver sees it: Service Bus has no emulator here, so this
/// derives from the SDK's own <see cref="ServiceBusReceiver"/> (its constructor for tests) and hands out
/// real <see cref="ServiceBusReceivedMessage"/>s made with <see cref="ServiceBusModelFactory"/> from the
/// <see cref="ServiceBusMessage"/>s the app sends. Each receive raises the delivery count and locks the
/// message; complete removes it, abandon unlocks it, dead-letter moves it aside; a message received more than
/// <see cref="MaxDeliveryCount"/> times is dead-lettered by the "service"; a lost lock fails the settle and
/// leaves the message to come back.
/// </summary>
public sealed class FakeSubscriptionReceiver(int maxDeliveryCount = 100) : ServiceBusReceiver
{
    private readonly List<Entry> entries = [];
    private readonly HashSet<string> loseLockOnce = [];
    private long sequence;

    public int MaxDeliveryCount { get; } = maxDeliveryCount;
    public List<string> Completed { get; } = [];
    public List<string> Abandoned { get; } = [];
    public List<(string MessageId, string Reason, string? Description)> DeadLettered { get; } = [];
    public bool Disposed { get; private set; }

    /// <summary>Puts a message on the subscription, as the topic would deliver it.</summary>
    public void Enqueue(ServiceBusMessage message) => entries.Add(new Entry(message, ++sequence));

    /// <summary>The next settle of this message fails with <see cref="ServiceBusFailureReason.MessageLockLost"/>.</summary>
    public void LoseLockOnce(string messageId) => loseLockOnce.Add(messageId);

    public int Waiting => entries.Count;

    public override Task<ServiceBusReceivedMessage?> ReceiveMessageAsync(TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default)
    {
        while (entries.FirstOrDefault(e => !e.Locked) is { } entry)
        {
            entry.DeliveryCount++;
            if (entry.DeliveryCount > MaxDeliveryCount)
            {
                entries.Remove(entry);
                DeadLettered.Add((entry.Message.MessageId, "MaxDeliveryCountExceeded", null));
                continue;
            }

            entry.Locked = true;
            entry.LockToken = Guid.NewGuid();
            return Task.FromResult<ServiceBusReceivedMessage?>(ServiceBusModelFactory.ServiceBusReceivedMessage(
                body: entry.Message.Body,
                messageId: entry.Message.MessageId,
                subject: entry.Message.Subject,
                contentType: entry.Message.ContentType,
                properties: entry.Message.ApplicationProperties,
                lockTokenGuid: entry.LockToken,
                deliveryCount: entry.DeliveryCount,
                sequenceNumber: entry.Sequence));
        }

        return Task.FromResult<ServiceBusReceivedMessage?>(null);
    }

    public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    {
        var entry = Locked(message);
        entries.Remove(entry);
        Completed.Add(message.MessageId);
        return Task.CompletedTask;
    }

    public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default)
    {
        Locked(message).Locked = false;
        Abandoned.Add(message.MessageId);
        return Task.CompletedTask;
    }

    public override Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default)
    {
        entries.Remove(Locked(message));
        DeadLettered.Add((message.MessageId, deadLetterReason, deadLetterErrorDescription));
        return Task.CompletedTask;
    }

    /// <summary>End of a run: every lock this receiver held lapses, as when the receiver's link closes.</summary>
    public override ValueTask DisposeAsync()
    {
        Disposed = true;
        entries.ForEach(e => e.Locked = false);
        return ValueTask.CompletedTask;
    }

    private Entry Locked(ServiceBusReceivedMessage message)
    {
        var entry = entries.FirstOrDefault(e => e.Locked && e.LockToken.ToString() == message.LockToken)
            ?? throw new ServiceBusException("The lock supplied is invalid.", ServiceBusFailureReason.MessageLockLost);
        if (loseLockOnce.Remove(message.MessageId))
        {
            entry.Locked = false;
            throw new ServiceBusException("The lock supplied is invalid.", ServiceBusFailureReason.MessageLockLost);
        }

        return entry;
    }

    private sealed class Entry(ServiceBusMessage message, long sequence)
    {
        public ServiceBusMessage Message { get; } = message;
        public long Sequence { get; } = sequence;
        public int DeliveryCount { get; set; }
        public bool Locked { get; set; }
        public Guid LockToken { get; set; }
    }
}
