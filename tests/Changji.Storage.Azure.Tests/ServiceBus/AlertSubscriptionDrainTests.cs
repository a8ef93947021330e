using Azure.Messaging.ServiceBus;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Storage.Azure.ServiceBus;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.ServiceBus;

/// <summary>
/// The drain of a subscription against the SDK's receiver semantics (<see cref="FakeSubscriptionReceiver"/>),
/// the delivery ledger on Azurite: complete after delivery, abandon on failure, dead-letter what cannot be
/// read or stays unsettled, and a lost lock never causes a second send.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AlertSubscriptionDrainTests(AzuriteFixture azurite)
{
    private static readonly Channel[] Channels = [new() { Name = "督导室群", Type = ChannelType.Webhook, Url = new Uri("http://127.0.0.1:9/hook") }];

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ScriptedSender sender = new();
    private readonly FakeSubscriptionReceiver receiver = new();

    private async Task<(AlertSubscriptionDrain Drain, AzureTableInformationStore Store)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance, clock);
        return (new AlertSubscriptionDrain(new Delivery(store, store, sender, clock)), store);
    }

    [Fact]
    public async Task Drain_DeliveredMessages_CompletedAndSentOnce()
    {
        var (drain, store) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m2")));

        var result = await drain.DrainAsync(receiver, Channels);

        Assert.Equal((2, 0, 0, 2), (result.Completed, result.Abandoned, result.DeadLettered, result.Delivered));
        Assert.Equal(["m1", "m2"], receiver.Completed);
        Assert.Equal(["m1", "m2"], sender.Sent);
        Assert.Equal(0, receiver.Waiting);
        Assert.All(await store.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task Drain_ChannelFails_AbandonedThenCompletedOnALaterRunOnceDelivered()
    {
        var (drain, _) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        sender.Failing = true;

        var failed = await drain.DrainAsync(receiver, Channels);
        await receiver.DisposeAsync();
        sender.Failing = false;
        var tooSoon = await drain.DrainAsync(receiver, Channels);
        await receiver.DisposeAsync();
        clock.Now += Delivery.Backoff(1);
        var retried = await drain.DrainAsync(receiver, Channels);

        Assert.Equal((0, 1, 1), (failed.Completed, failed.Abandoned, failed.Retrying));
        Assert.Contains("HTTP 500", Assert.Single(failed.Errors), StringComparison.Ordinal);
        Assert.Equal((0, 1, 0), (tooSoon.Completed, tooSoon.Abandoned, tooSoon.Delivered));
        Assert.Equal((1, 1), (retried.Completed, retried.Delivered));
        Assert.Equal(["m1"], sender.Sent);
        Assert.Equal(0, receiver.Waiting);
    }

    [Fact]
    public async Task Drain_FailingMessageAmongOthers_ReceivedOnceAndAbandonedAtTheEndOfTheRun()
    {
        var (drain, _) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m2")));
        sender.FailFor = "m1";

        var result = await drain.DrainAsync(receiver, Channels);

        Assert.Equal((1, 1), (result.Completed, result.Abandoned));
        Assert.Equal(["m1"], receiver.Abandoned);
        Assert.Equal(["m2"], receiver.Completed);
        Assert.Equal(2, sender.Attempts);
        Assert.Equal(1, receiver.Waiting);
    }

    [Fact]
    public async Task Drain_UnsettledAtTheLastAllowedReceive_DeadLetteredWithTheReason()
    {
        var (drain, _) = await CreateAsync();
        var full = new FakeSubscriptionReceiver(AlertSubscriptionDrain.MaxDeliveryCount);
        full.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        sender.Failing = true;

        // The clock stands still: after the first failure every run finds the retry not yet due.
        for (var run = 0; run < AlertSubscriptionDrain.MaxDeliveryCount && full.Waiting > 0; run++)
        {
            await drain.DrainAsync(full, Channels);
            await full.DisposeAsync();
        }

        Assert.Equal(1, sender.Attempts);
        Assert.Equal(AlertSubscriptionDrain.MaxDeliveryCount - 1, full.Abandoned.Count);
        var (id, reason, description) = Assert.Single(full.DeadLettered);
        Assert.Equal(("m1", AlertSubscriptionDrain.UnsettledReason), (id, reason));
        Assert.NotNull(description);
        Assert.Equal(0, full.Waiting);
    }

    [Fact]
    public async Task Drain_LedgerGaveUpAfterTenFailures_CompletedNotDeadLettered()
    {
        var (drain, store) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        sender.Failing = true;

        for (var run = 0; run < Delivery.MaxAttempts; run++)
        {
            await drain.DrainAsync(receiver, Channels);
            await receiver.DisposeAsync();
            clock.Now += TimeSpan.FromDays(1);
        }

        Assert.Equal(["m1"], receiver.Completed);
        Assert.Empty(receiver.DeadLettered);
        Assert.Equal(DeliveryStatus.Failed, Assert.Single(await store.DeliveriesAsync()).Status);
        Assert.Contains(await store.OutboxMessagesAsync(), m => m.Rule == Delivery.DeliveryFailedRule);
    }

    [Fact]
    public async Task Drain_BodyIsNotAnAlert_DeadLetteredAtOnce()
    {
        var (drain, _) = await CreateAsync();
        receiver.Enqueue(new ServiceBusMessage(BinaryData.FromString("not json")) { MessageId = "junk" });

        var result = await drain.DrainAsync(receiver, Channels);

        Assert.Equal(1, result.DeadLettered);
        Assert.Equal(("junk", AlertSubscriptionDrain.UnreadableReason), (receiver.DeadLettered[0].MessageId, receiver.DeadLettered[0].Reason));
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Drain_LockLostBeforeComplete_MessageComesBackAndIsNotSentAgain()
    {
        var (drain, _) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("m1")));
        receiver.LoseLockOnce("m1");

        var first = await drain.DrainAsync(receiver, Channels);
        await receiver.DisposeAsync();
        var second = await drain.DrainAsync(receiver, Channels);

        Assert.Equal((0, 1, 1), (first.Completed, first.LockLost, first.Delivered));
        Assert.Equal((1, 0), (second.Completed, second.Delivered));
        Assert.Equal(["m1"], sender.Sent);
        Assert.Equal(0, receiver.Waiting);
    }

    [Fact]
    public async Task Drain_OperationalAlertOnAnOfficeOnlyChannel_CompletedWithoutSending()
    {
        var (drain, _) = await CreateAsync();
        receiver.Enqueue(AlertMessageMapper.ToServiceBusMessage(Message("ops") with { Audience = "operations" }));

        var result = await drain.DrainAsync(receiver, Channels);

        Assert.Equal((1, 0), (result.Completed, result.Delivered));
        Assert.Empty(sender.Sent);
    }

    private static AlertMessage Message(string id) => TestAlertMessages.Opened(id);

    /// <summary>A channel that refuses while <see cref="Failing"/>; the ledger and the receiver are what is under test here.</summary>
    private sealed class ScriptedSender : IChannelSender
    {
        public bool Failing { get; set; }
        public string? FailFor { get; set; }
        public int Attempts { get; private set; }
        public List<string> Sent { get; } = [];

        public Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
        {
            Attempts++;
            var id = PipelineJson.Deserialize<AlertMessage>(outgoing.Json).MessageId;
            if (Failing || id == FailFor)
            {
                throw new DeliveryException("HTTP 500");
            }

            Sent.Add(id);
            return Task.CompletedTask;
        }
    }
}
