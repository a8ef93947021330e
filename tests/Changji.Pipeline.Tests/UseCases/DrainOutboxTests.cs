using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;

namespace Changji.Pipeline.Tests.UseCases;

public sealed class DrainOutboxTests : IDisposable
{
    private readonly TempFolder folder = new();

    /// <summary>Fails the first N sends, then delivers to the real outbox folder.</summary>
    private sealed class FlakySender(int failures, IAlertSender inner) : IAlertSender
    {
        private int remaining = failures;
        public int Attempts { get; private set; }

        public Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default)
        {
            Attempts++;
            return remaining-- > 0 ? throw new TimeoutException("broker unreachable") : inner.SendAsync(message, cancellationToken);
        }
    }

    private async Task<SqliteInformationStore> StoreWithOneOpenedAlertAsync()
    {
        var store = new SqliteInformationStore(folder.Combine("infodb.sqlite"));
        var fired = new FiredAlert { Rule = AlertRule.CvOverLimit, Year = 2023, Subject = "county", Level = "junior", IndicatorCode = "L2", MessageZh = "差异系数超标" };
        await store.ApplyAsync(AlertReconciler.Reconcile(2023, [AlertRule.CvOverLimit], [fired], [], new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        return store;
    }

    [Fact]
    public async Task Drain_SenderFailsThenSucceeds_MessageIsKeptThenSentExactlyOnce()
    {
        var store = await StoreWithOneOpenedAlertAsync();
        var sender = new FlakySender(1, new OutboxFolderSender(folder.Combine("outbox")));
        var drainer = new DrainOutbox(store, sender, FixedClock.InSchoolYear2025());

        var first = await drainer.RunAsync();
        Assert.Equal(0, first.Sent);
        Assert.Single(first.Failures);
        Assert.Single(await store.PendingMessagesAsync());

        var second = await drainer.RunAsync();
        Assert.Equal(1, second.Sent);
        Assert.Empty(await store.PendingMessagesAsync());

        var third = await drainer.RunAsync();
        Assert.Equal(0, third.Sent);
        Assert.Equal(2, sender.Attempts);
        Assert.Single(Directory.GetFiles(folder.Combine("outbox"), "*.json"));
    }

    [Fact]
    public async Task Apply_SameChangesTwice_QueuesTheMessageOnce()
    {
        var store = await StoreWithOneOpenedAlertAsync();
        var pending = await store.PendingMessagesAsync();

        await store.ApplyAsync(new AlertChanges([], pending));

        Assert.Single(await store.PendingMessagesAsync());
    }

    public void Dispose() => folder.Dispose();
}
