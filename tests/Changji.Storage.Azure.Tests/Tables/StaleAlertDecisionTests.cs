using Changji.Pipeline.Alerts;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>Changes decided from a ledger another writer changed since are refused whole, not re-applied from a fresh read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StaleAlertDecisionTests(AzuriteFixture azurite)
{
    private static readonly DateTime Start = new(2024, 11, 5, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ApplyAsync_LineChangedSinceTheDecision_ThrowsAndWritesNothing()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        await store.ApplyAsync(AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start));
        await store.MarkSentAsync((await store.PendingMessagesAsync()).Select(m => m.MessageId).ToList(), Start);
        var seen = await store.LoadAsync();

        // One writer finds the file arrived and resolves (销号) the line; another, from the same read, marks it overdue first.
        var resolve = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [], seen, Start.AddDays(1));
        var overdue = AlertEscalation.Escalate(seen, AlertSettings.Default, Start.AddYears(2));
        Assert.False(resolve.IsEmpty);
        Assert.False(overdue.IsEmpty);
        await store.ApplyAsync(overdue);

        await Assert.ThrowsAsync<AlertLedgerChangedException>(() => store.ApplyAsync(resolve));

        var line = Assert.Single(await store.LoadAsync());
        Assert.Equal(AlertStatus.Open, line.Status);
        Assert.NotNull(line.OverdueAtUtc);
        Assert.DoesNotContain(await store.PendingMessagesAsync(), m => m.EventType == "resolved");
    }

    [Fact]
    public async Task ApplyAsync_SameLineOpenedByAnotherWriterMeanwhile_Throws()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var mine = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start);
        var theirs = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start.AddMinutes(1));
        await store.ApplyAsync(theirs);

        await Assert.ThrowsAsync<AlertLedgerChangedException>(() => store.ApplyAsync(mine));

        Assert.Equal(Start.AddMinutes(1), Assert.Single(await store.LoadAsync()).OpenedAtUtc);
    }

    private static FiredAlert Missing(string kind) => new()
    {
        Rule = AlertRule.SubmissionMissing,
        Year = 2024,
        Subject = kind,
        MessageZh = $"2024学年 {kind} 逾期未报送",
    };
}
