using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// A drain of more than one batch on the real SQLite outbox and outbox folder: read a page at a time,
/// marked only after sent, a failed batch ends the drain, a crash between send and mark re-sends one batch.
/// </summary>
public sealed class DrainOutboxPagingTests : IDisposable
{
    private const int Queued = 1_234;
    private readonly TempFolder folder = new();

    /// <summary>The real ledger, counting pages; refuses the whole-outbox read and can fail one mark.</summary>
    private sealed class PagedOnlyLedger(IAlertLedger inner, int failingMark = 0) : IAlertLedger
    {
        private int marks;
        public List<int> PageSizes { get; } = [];

        public Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default) => inner.LoadAsync(cancellationToken);
        public Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default) => inner.LoadCountyAsync(county, cancellationToken);
        public Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default) => inner.ApplyAsync(changes, cancellationToken);
        public Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("a drain reads the outbox a page at a time");

        public async Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default)
        {
            var page = await inner.PendingPageAsync(after, limit, cancellationToken);
            PageSizes.Add(page.Messages.Count);
            return page;
        }

        public Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default) =>
            ++marks == failingMark ? throw new IOException("power lost before the mark") : inner.MarkSentAsync(messageIds, sentAtUtc, cancellationToken);
    }

    /// <summary>Writes to the real outbox folder, counting messages; fails the Nth batch.</summary>
    private sealed class CountingSender(IAlertSender inner, int failingBatch = 0) : IAlertSender
    {
        public int Batches { get; private set; }
        public int Messages { get; private set; }

        public Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default) => inner.SendAsync(message, cancellationToken);

        public async Task SendBatchAsync(IReadOnlyList<AlertMessage> messages, CancellationToken cancellationToken = default)
        {
            if (++Batches == failingBatch)
            {
                throw new TimeoutException("broker unreachable");
            }

            await inner.SendBatchAsync(messages, cancellationToken);
            Messages += messages.Count;
        }
    }

    [Fact]
    public async Task Drain_ThreePagesQueued_EachReadAsOneBatchAndAllSentOnce()
    {
        var store = await QueueAsync();
        var ledger = new PagedOnlyLedger(store);
        var sender = new CountingSender(new OutboxFolderSender(Outbox));

        var result = await new DrainOutbox(ledger, sender, FixedClock.InSchoolYear2025()).RunAsync();

        Assert.Equal((Queued, 0), (result.Sent, result.Failures.Count));
        Assert.Equal([500, 500, 234], ledger.PageSizes);
        Assert.Equal((3, Queued), (sender.Batches, sender.Messages));
        Assert.Empty(await store.PendingMessagesAsync());
        Assert.Equal(Queued, Directory.GetFiles(Outbox, "*.json").Length);
    }

    [Fact]
    public async Task Drain_SecondBatchFails_FirstMarkedDrainEndsRestPendingThenSentNextTime()
    {
        var store = await QueueAsync();
        var failing = new CountingSender(new OutboxFolderSender(Outbox), failingBatch: 2);

        var first = await new DrainOutbox(store, failing, FixedClock.InSchoolYear2025()).RunAsync();

        Assert.Equal((500, 500), (first.Sent, first.Failures.Count));
        Assert.Equal(2, failing.Batches);
        Assert.Equal(Queued - 500, (await store.PendingMessagesAsync()).Count);

        var again = new CountingSender(new OutboxFolderSender(Outbox));
        var second = await new DrainOutbox(store, again, FixedClock.InSchoolYear2025()).RunAsync();

        Assert.Equal((Queued - 500, Queued - 500), (second.Sent, again.Messages));
        Assert.Empty(await store.PendingMessagesAsync());
        Assert.Equal(Queued, Directory.GetFiles(Outbox, "*.json").Length);
    }

    [Fact]
    public async Task Drain_CrashBetweenSendAndMark_NextDrainResendsOnlyThatBatchAndNoFileTwice()
    {
        var store = await QueueAsync();
        var crashing = new PagedOnlyLedger(store, failingMark: 2);
        var sender = new CountingSender(new OutboxFolderSender(Outbox));

        await Assert.ThrowsAsync<IOException>(() => new DrainOutbox(crashing, sender, FixedClock.InSchoolYear2025()).RunAsync());
        var sentBefore = sender.Messages;
        var second = await new DrainOutbox(store, sender, FixedClock.InSchoolYear2025()).RunAsync();

        Assert.Equal(1_000, sentBefore);
        Assert.Equal(Queued - 500, second.Sent);
        Assert.Equal(Queued + 500, sender.Messages);
        Assert.Equal(Queued, Directory.GetFiles(Outbox).Length);
        Assert.Empty(await store.PendingMessagesAsync());
    }

    private string Outbox => folder.Combine("outbox");

    private async Task<SqliteInformationStore> QueueAsync()
    {
        var store = new SqliteInformationStore(folder.Combine("infodb.sqlite"));
        var fired = Enumerable.Range(0, Queued).Select(i => new FiredAlert
        {
            Rule = AlertRule.SubmissionMissing,
            Year = 2024,
            Subject = $"kind{i:D4}",
            MessageZh = $"2024学年 kind{i:D4} 逾期未报送",
            County = i % 2 == 0 ? null : "652302",
        }).ToList();
        await store.ApplyAsync(AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], fired, [], new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
        return store;
    }

    public void Dispose() => folder.Dispose();
}
