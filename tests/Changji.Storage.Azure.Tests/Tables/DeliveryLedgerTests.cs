using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLedgerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Delivery_FailureThenRetryThenRerun_EachChannelReceivesEachMessageOnce()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance, clock);
        await store.ApplyAsync(new AlertChanges([], [Message("m1"), Message("m2")]));
        var sender = new FlakySender { FailFirst = 1 };
        var delivery = new Delivery(store, store, sender, clock);
        Channel[] channels = [new() { Name = "督导室群", Type = ChannelType.Webhook, Url = new Uri("http://127.0.0.1:9/hook") }];

        var first = await delivery.RunAsync(channels);
        clock.Now += Delivery.Backoff(1);
        var second = await delivery.RunAsync(channels);
        var third = await delivery.RunAsync(channels);

        Assert.Equal((1, 1), (first.Delivered, first.Retrying));
        Assert.Equal((1, 0), (second.Delivered, second.Retrying));
        Assert.Equal(0, third.Delivered);
        Assert.Equal(["m1", "m2"], sender.Delivered.Order());
        Assert.Equal(["m1", "m2"], (await store.OutboxMessagesAsync()).Select(m => m.MessageId));
        var lines = await store.DeliveriesAsync();
        Assert.All(lines, l => Assert.Equal((DeliveryStatus.Delivered, "督导室群"), (l.Status, l.Channel)));
        Assert.Equal([2, 1], lines.Select(l => l.Attempts));
    }

    [Fact]
    public async Task RecordAsync_FailureAfterDelivery_KeepsTheDelivery()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var delivered = new DeliveryRecord { MessageId = "m/1", Channel = "群#1", Status = DeliveryStatus.Delivered, Attempts = 1, DeliveredAtUtc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) };

        await store.RecordAsync(delivered);
        await store.RecordAsync(delivered with { Status = DeliveryStatus.Retrying, Attempts = 2, LastError = "late", DeliveredAtUtc = null });

        Assert.Equal(delivered, Assert.Single(await store.DeliveriesAsync()));
    }

    private static AlertMessage Message(string id) => TestAlertMessages.Opened(id);

    private sealed class FlakySender : IChannelSender
    {
        public int FailFirst { get; init; }
        public List<string> Delivered { get; } = [];
        private int calls;

        public Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
        {
            if (++calls <= FailFirst)
            {
                throw new DeliveryException("HTTP 500");
            }

            Delivered.Add(Pipeline.PipelineJson.Deserialize<AlertMessage>(outgoing.Json).MessageId);
            return Task.CompletedTask;
        }
    }
}
