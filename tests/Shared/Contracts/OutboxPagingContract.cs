using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Testing.Contracts;

/// <summary>
/// What <c>DrainOutbox</c> relies on from any outbox (<see cref="IAlertLedger.PendingPageAsync"/>): pages
/// that together hold every pending message once, oldest first within a county, in the same order on
/// every read, and that marking a page sent does not move the next.
/// </summary>
public abstract class OutboxPagingContract
{
    private static readonly DateTime Start = new(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly string?[] Counties = [null, "652302", "652303"];

    /// <summary>An empty alert ledger.</summary>
    protected abstract Task<IAlertLedger> CreateAsync();

    [Fact]
    public async Task PendingPage_SmallPages_EveryPendingMessageOnceOldestFirstPerCounty()
    {
        var alerts = await CreateAsync();
        var queued = await QueueAsync(alerts);

        var paged = await ReadAllAsync(alerts, limit: 2);

        Assert.All(paged.Pages, p => Assert.InRange(p.Messages.Count, 1, 2));
        var ids = paged.Pages.SelectMany(p => p.Messages).Select(m => m.MessageId).ToList();
        Assert.Equal((await alerts.PendingMessagesAsync()).Select(m => m.MessageId).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        foreach (var county in Counties)
        {
            var inOrder = paged.Pages.SelectMany(p => p.Messages).Where(m => m.CountyCode == county).Select(m => m.MessageId);
            Assert.Equal(queued.Where(m => m.CountyCode == county).Select(m => m.MessageId), inOrder);
        }

        Assert.Equal(ids, (await ReadAllAsync(alerts, limit: 2)).Pages.SelectMany(p => p.Messages).Select(m => m.MessageId));
    }

    [Fact]
    public async Task PendingPage_PageMarkedSent_NextPageUnmoved()
    {
        var alerts = await CreateAsync();
        await QueueAsync(alerts);
        var first = await alerts.PendingPageAsync(null, 4);
        var expected = await alerts.PendingPageAsync(first.Next, 4);

        await alerts.MarkSentAsync([.. first.Messages.Select(m => m.MessageId)], Start.AddHours(1));
        var second = await alerts.PendingPageAsync(first.Next, 4);

        Assert.Equal(4, first.Messages.Count);
        Assert.Equal(expected.Messages.Select(m => m.MessageId), second.Messages.Select(m => m.MessageId));
        Assert.Equal(expected.Messages.Select(m => m.MessageId), (await alerts.PendingPageAsync(null, 4)).Messages.Select(m => m.MessageId));
        Assert.DoesNotContain(await alerts.PendingMessagesAsync(), m => first.Messages.Any(f => f.MessageId == m.MessageId));
    }

    [Fact]
    public async Task PendingPage_NothingPending_EmptyWithoutNext()
    {
        var alerts = await CreateAsync();

        var page = await alerts.PendingPageAsync(null, 500);

        Assert.Empty(page.Messages);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task PendingPage_LastPageExactlyFull_NextPageEmptyWithoutNext()
    {
        var alerts = await CreateAsync();
        var queued = await QueueAsync(alerts);

        var paged = await ReadAllAsync(alerts, limit: queued.Count);

        Assert.Equal(queued.Count, paged.Pages[0].Messages.Count);
        Assert.Empty(paged.Pages.Skip(1).SelectMany(p => p.Messages));
        Assert.Null(paged.Pages[^1].Next);
    }

    /// <summary>Three counties' messages, each county's in two applies a moment apart; returned in the order queued.</summary>
    private static async Task<List<AlertMessage>> QueueAsync(IAlertLedger alerts)
    {
        var queued = new List<AlertMessage>();
        foreach (var round in new[] { 0, 1 })
        {
            var fired = Counties.SelectMany(county => Enumerable.Range(0, 3).Select(i => new FiredAlert
            {
                Rule = AlertRule.SubmissionMissing,
                Year = 2024,
                Subject = $"kind{round}{i}",
                MessageZh = $"2024学年 kind{round}{i} 逾期未报送",
                County = county,
            })).ToList();
            var changes = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], fired, round == 0 ? [] : await alerts.LoadAsync(), Start.AddMinutes(round));
            await alerts.ApplyAsync(changes);
            queued.AddRange(changes.Messages);
            await Task.Delay(5);
        }

        return queued;
    }

    private static async Task<(List<OutboxPage> Pages, int Reads)> ReadAllAsync(IAlertLedger alerts, int limit)
    {
        var pages = new List<OutboxPage>();
        string? after = null;
        do
        {
            var page = await alerts.PendingPageAsync(after, limit);
            pages.Add(page);
            after = page.Next;
        }
        while (after is not null && pages.Count < 100);

        return (pages, pages.Count);
    }
}
