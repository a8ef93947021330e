using Changji.Pipeline.Alerts;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using static Changji.Storage.Azure.Tests.Tables.ConcurrencyTests;

namespace Changji.Storage.Azure.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class InformationStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RecordAsync_CrashBeforeLedgerLine_RedoCommitsOnceAndStillReportsReplacement()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        await store.RecordAsync(Submission("a", 2024), File(Statistics("3652010001", 2024, "第一小学")));
        var correction = Submission("b", 2024);
        await store.RecordAsync(correction, File(Statistics("3652010001", 2024, "第一小学（更正）")));
        // Simulate a crash after the facts were written but before the commit marker: drop the ledger line.
        await storage.Clients.Tables.GetTableClient(storage.Names.SubmissionsTable).DeleteEntityAsync("submission", correction.Sha256);
        Assert.Single(await store.ListAsync());

        var replaced = await store.RecordAsync(correction, File(Statistics("3652010001", 2024, "第一小学（更正）")));

        Assert.Equal(["3652010001"], replaced);
        Assert.Equal([Submission("a", 2024).Sha256, correction.Sha256], (await store.ListAsync()).Select(s => s.Sha256));
        Assert.Equal("第一小学（更正）", Assert.Single((await store.LoadYearAsync(2024)).Schools).SchoolName);
    }

    [Fact]
    public async Task RecordAsync_SameFileTwice_OneLedgerLine()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);

        await store.RecordAsync(Submission("a", 2024), File(Statistics("3652010001", 2024, "第一小学")));
        var again = await store.RecordAsync(Submission("a", 2024), File(Statistics("3652010001", 2024, "第一小学")));

        Assert.Empty(again);
        Assert.Single(await store.ListAsync());
        Assert.Equal([2024], await store.YearsAsync());
    }

    [Fact]
    public async Task ListAsync_ManyFiles_InReceiptOrderNotHashOrder()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        string[] shas = ["f", "a", "c", "b"];

        foreach (var sha in shas)
        {
            await store.RecordAsync(Submission(sha, 2024), File(Statistics("3652010001", 2024, sha)));
        }

        Assert.Equal(shas.Select(s => s.PadRight(64, '0')), (await store.ListAsync()).Select(s => s.Sha256));
    }

    [Fact]
    public async Task Outbox_SenderFailsThenSucceeds_SentOnceNeverQueuedTwice()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var clock = FixedClock.InSchoolYear2025();
        var changes = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding"), Missing("county")], [], clock.GetUtcNow().UtcDateTime);
        await store.ApplyAsync(changes);
        await store.ApplyAsync(changes); // the same changes again (a redelivery): nothing new is queued
        var sender = new RecordingSender(failures: 1);
        var drainer = new DrainOutbox(store, sender, clock);

        var first = await drainer.RunAsync();
        var second = await drainer.RunAsync();
        var third = await drainer.RunAsync();

        // The failed batch stays pending whole and ends the drain (DrainOutbox); the next drain sends it.
        Assert.Equal((0, 2), (first.Sent, first.Failures.Count));
        Assert.Equal((2, 0), (second.Sent, second.Failures.Count));
        Assert.Equal((0, 0), (third.Sent, third.Failures.Count));
        Assert.Equal(changes.Messages.Select(m => m.MessageId).Order(), sender.Sent.Select(m => m.MessageId).Order());
        Assert.Equal(2, (await store.LoadAsync()).Count);
    }

    [Fact]
    public async Task ApplyAsync_250Alerts_ChunkedIntoValidTransactionsAllStored()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var fired = Enumerable.Range(0, 125).Select(i => Missing($"kind{i:D3}")).ToList();

        await store.ApplyAsync(AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], fired, [], DateTime.UtcNow));

        Assert.Equal(125, (await store.LoadAsync()).Count);
        Assert.Equal(125, (await store.PendingMessagesAsync()).Count);
    }

    private static FiredAlert Missing(string kind) => new()
    {
        Rule = AlertRule.SubmissionMissing,
        Year = 2024,
        Subject = kind,
        MessageZh = $"2024学年 {kind} 逾期未报送",
    };
}
