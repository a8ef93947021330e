using System.Collections.Concurrent;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.Ports;

namespace Changji.Testing.Contracts;

/// <summary>
/// Claim before send (<see cref="IDeliveryLedger.TryClaimAsync"/>), whether SQLite or Azure Tables: of two
/// notifiers running at once over one information database, each (message, channel) is sent by exactly one.
/// Each adapter's test project derives from this and opens the same empty database twice, as two processes would.
/// </summary>
public abstract class DeliveryClaimContract
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Two store objects over one new, empty database.</summary>
    protected abstract Task<(Store First, Store Second)> CreatePairAsync();

    [Fact]
    public async Task Delivery_TwoNotifiersAtOnce_EachMessageSentOnceToEachChannel()
    {
        var (first, second) = await CreatePairAsync();
        await first.Alerts.ApplyAsync(new AlertChanges([], [.. Enumerable.Range(1, 12).Select(i => Message($"m{i:D2}"))]));
        var sender = new SlowCountingSender();
        var clock = new FixedClock(Now);
        Channel[] channels =
        [
            new() { Name = "督导室群", Type = ChannelType.Webhook, Url = new Uri("http://127.0.0.1:9/a") },
            new() { Name = "创建办", Type = ChannelType.Webhook, Url = new Uri("http://127.0.0.1:9/b") },
        ];

        var results = await Task.WhenAll(
            Task.Run(() => new Delivery(first.Ledger, first.Alerts, sender, clock).RunAsync(channels)),
            Task.Run(() => new Delivery(second.Ledger, second.Alerts, sender, clock).RunAsync(channels)));

        Assert.Equal(24, sender.Sends.Count);
        Assert.All(sender.Sends.GroupBy(s => s), g => Assert.Single(g));
        Assert.Equal(24, results.Sum(r => r.Delivered));
        var lines = await first.Ledger.DeliveriesAsync();
        Assert.Equal(24, lines.Count);
        Assert.All(lines, l => Assert.Equal((DeliveryStatus.Delivered, 1), (l.Status, l.Attempts)));
    }

    [Fact]
    public async Task TryClaim_SecondClaimOfTheSameLine_Loses()
    {
        var (first, second) = await CreatePairAsync();
        var claim = Claim(0);

        Assert.True(await first.Ledger.TryClaimAsync(claim, null));
        Assert.False(await second.Ledger.TryClaimAsync(claim, null));

        var line = Assert.Single(await second.Ledger.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Sending, 0), (line.Status, line.Attempts));
    }

    [Fact]
    public async Task TryClaim_LineChangedSinceRead_LosesButTheFreshReadWins()
    {
        var (first, second) = await CreatePairAsync();
        var retrying = new DeliveryRecord
        {
            MessageId = "m1", Channel = "督导室群", Status = DeliveryStatus.Retrying, Attempts = 1, LastError = "HTTP 500",
            NextAttemptUtc = Now.UtcDateTime.AddMinutes(1),
        };
        await first.Ledger.RecordAsync(retrying);
        var seen = Assert.Single(await first.Ledger.DeliveriesAsync());
        await second.Ledger.RecordAsync(retrying with { Attempts = 2, NextAttemptUtc = Now.UtcDateTime.AddMinutes(2) });

        var stale = await first.Ledger.TryClaimAsync(Claim(1), seen);
        var fresh = await first.Ledger.TryClaimAsync(Claim(2), Assert.Single(await first.Ledger.DeliveriesAsync()));

        Assert.False(stale);
        Assert.True(fresh);
        Assert.Equal((DeliveryStatus.Sending, 2), (Assert.Single(await second.Ledger.DeliveriesAsync()) is var l ? (l.Status, l.Attempts) : default));
    }

    [Fact]
    public async Task Delivery_ClaimOfANotifierThatDied_TakenOverOnceTheLeaseHasPassed()
    {
        var (first, second) = await CreatePairAsync();
        await first.Alerts.ApplyAsync(new AlertChanges([], [Message("m1")]));
        Assert.True(await first.Ledger.TryClaimAsync(Claim(0), null));
        var sender = new SlowCountingSender();
        var clock = new FixedClock(Now);
        Channel[] channels = [new() { Name = "督导室群", Type = ChannelType.Webhook, Url = new Uri("http://127.0.0.1:9/a") }];
        var delivery = new Delivery(second.Ledger, second.Alerts, sender, clock);

        var whileHeld = await delivery.RunAsync(channels);
        clock.Now += Delivery.ClaimLease + TimeSpan.FromSeconds(1);
        var afterLease = await delivery.RunAsync(channels);

        Assert.Equal((0, 1), (whileHeld.Delivered, afterLease.Delivered));
        Assert.Equal([("m1", "督导室群")], sender.Sends);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await first.Ledger.DeliveriesAsync()).Status);
    }

    [Fact]
    public async Task TryClaim_DeliveredLine_NeverClaimedAgain()
    {
        var (first, _) = await CreatePairAsync();
        await first.Ledger.RecordAsync(new DeliveryRecord
        {
            MessageId = "m1", Channel = "督导室群", Status = DeliveryStatus.Delivered, Attempts = 1, DeliveredAtUtc = Now.UtcDateTime,
        });
        var seen = Assert.Single(await first.Ledger.DeliveriesAsync());

        Assert.False(await first.Ledger.TryClaimAsync(Claim(1), seen));
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await first.Ledger.DeliveriesAsync()).Status);
    }

    private static DeliveryRecord Claim(int attempts) => new()
    {
        MessageId = "m1", Channel = "督导室群", Status = DeliveryStatus.Sending, Attempts = attempts, NextAttemptUtc = Now.UtcDateTime + Delivery.ClaimLease,
    };

    private static AlertMessage Message(string id) => TestAlertMessages.Opened(id, Now.UtcDateTime);

    /// <summary>One information database as a process opens it: the delivery ledger and the alert ledger.</summary>
    public sealed record Store(IDeliveryLedger Ledger, IAlertLedger Alerts);

    /// <summary>Stands in for a channel: takes a little time per send, so the two notifiers really overlap, and counts every send.</summary>
    private sealed class SlowCountingSender : IChannelSender
    {
        public ConcurrentQueue<(string Message, string Channel)> Sends { get; } = new();

        public async Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(15), cancellationToken);
            Sends.Enqueue((Changji.Pipeline.PipelineJson.Deserialize<AlertMessage>(outgoing.Json).MessageId, channel.Name));
        }
    }
}
