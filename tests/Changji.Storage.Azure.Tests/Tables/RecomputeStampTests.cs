using Azure.Data.Tables;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>The alert ledger's version and the recompute stamps where Azure Tables differ from SQLite: no transaction, restores by upsert.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecomputeStampTests(AzuriteFixture azurite)
{
    private static readonly DateTime Start = new(2024, 11, 5, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Version_WriteRefusedForAStaleDecision_IsStillRaised()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var mine = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start);
        await store.ApplyAsync(AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start.AddMinutes(1)));

        await Assert.ThrowsAsync<AlertLedgerChangedException>(() => store.ApplyAsync(mine));

        // A write that fails part-way must still be announced; one refused before writing is announced too (harmless).
        Assert.Equal(2, (await store.AlertLedgerVersionAsync()).Writes);
    }

    [Fact]
    public async Task Version_RestoredWithTheSameCount_HasAnotherTag()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        await store.ApplyAsync(AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start));
        var before = await store.AlertLedgerVersionAsync();
        var table = storage.Clients.Tables.GetTableClient(storage.Names.AlertsTable);
        var entity = (await table.GetEntityAsync<TableEntity>("recompute", "alert-ledger-version")).Value;

        // What TableRestore does with every entity of a snapshot.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);

        var after = await store.AlertLedgerVersionAsync();
        Assert.Equal(before.Writes, after.Writes);
        Assert.NotEqual(before.Tag, after.Tag);
    }

    [Fact]
    public async Task Stamp_TooLargeEvenCompressed_IsNotStoredAndTheOldOneIsRemoved()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        await store.WriteStampAsync("years *..*", new RecomputeStamp("old", "[]"));
        var random = new Random(7);
        var incompressible = Convert.ToBase64String(Enumerable.Range(0, 1_200_000).Select(_ => (byte)random.Next(256)).ToArray());

        await store.WriteStampAsync("years *..*", new RecomputeStamp("new", incompressible));

        Assert.Null(await store.ReadStampAsync("years *..*"));
    }

    private static FiredAlert Missing(string kind) => new()
    {
        Rule = AlertRule.SubmissionMissing,
        Year = 2024,
        Subject = kind,
        MessageZh = $"2024学年 {kind} 逾期未报送",
    };
}
