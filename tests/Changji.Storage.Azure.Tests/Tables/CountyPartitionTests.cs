using Azure.Data.Tables;
using Changji.Pipeline.Alerts;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using static Changji.Storage.Azure.Tests.Tables.ConcurrencyTests;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>
/// Facts are partitioned by year and county, alert lines and messages by county (docs/azure.md, "Several
/// counties in Azure"): the home county, stored without a code, keeps the partitions it had, so stores
/// written before read unchanged.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CountyPartitionTests(AzuriteFixture azurite)
{
    private const string Other = "652302";

    [Fact]
    public async Task RecordAsync_TwoCounties_HomeInTheYearPartitionOtherInItsOwn()
    {
        var (storage, store) = await CreateAsync();

        await store.RecordAsync(Submission("a", 2024), File(Statistics("3652010001", 2024, "第一小学")));
        await store.RecordAsync(Submission("b", 2024), File(Statistics("3653010001", 2024, "阜康一小") with { CountyCode = Other }));

        Assert.Equal([("2024", "3652010001"), ("2024-652302", "3653010001")], await KeysAsync(storage));
        var year = await store.LoadYearAsync(2024);
        Assert.Equal([("3652010001", null), ("3653010001", Other)], year.Schools.Select(s => (s.SchoolCode, s.CountyCode)));
        Assert.Equal([2024], await store.YearsAsync());
        Assert.Empty((await store.LoadYearAsync(2023)).Schools);
    }

    [Fact]
    public async Task RecordAsync_CorrectionOfAnotherCounty_ReplacementTrackedInItsPartition()
    {
        var (_, store) = await CreateAsync();
        await store.RecordAsync(Submission("a", 2024), File(Statistics("3653010001", 2024, "阜康一小") with { CountyCode = Other }));

        var replaced = await store.RecordAsync(Submission("b", 2024), File(Statistics("3653010001", 2024, "阜康一小（更正）") with { CountyCode = Other }));

        Assert.Equal(["3653010001"], replaced);
        Assert.Equal("阜康一小（更正）", Assert.Single((await store.LoadYearAsync(2024)).Schools).SchoolName);
    }

    [Fact]
    public async Task LoadYearAsync_AnotherCountysRowInTheYearPartition_ReadAndOutdatedByALaterFile()
    {
        var (storage, store) = await CreateAsync();
        var legacy = Statistics("3653010001", 2024, "旧行") with { CountyCode = Other };
        await store.RecordAsync(Submission("a", 2024), File(legacy));
        // As a store written before county partitions holds it: the other county's row under the bare year.
        var facts = storage.Clients.Tables.GetTableClient(storage.Names.FactsTable);
        var row = (await facts.GetEntityAsync<TableEntity>("2024-652302", "3653010001")).Value;
        await facts.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        await facts.AddEntityAsync(new TableEntity(row) { PartitionKey = "2024" });
        Assert.Equal("旧行", Assert.Single((await store.LoadYearAsync(2024)).Schools).SchoolName);

        await store.RecordAsync(Submission("b", 2024), File(Statistics("3653010001", 2024, "新行") with { CountyCode = Other }));

        var school = Assert.Single((await store.LoadYearAsync(2024)).Schools);
        Assert.Equal(("新行", Other), (school.SchoolName, school.CountyCode));
    }

    [Fact]
    public async Task ApplyAsync_TwoCounties_EachCountysLinesAndMessagesInItsLedgerPartitionReadTogether()
    {
        var (storage, store) = await CreateAsync();
        var now = FixedClock.InSchoolYear2025().GetUtcNow().UtcDateTime;
        var home = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding", null)], [], now);
        var other = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding", Other)], [], now);

        await store.ApplyAsync(AlertChanges.Combine([home, other]));

        var keys = await KeysAsync(storage, storage.Names.AlertsTable);
        // And the ledger's version, in a partition of its own (no county contends for the ledgers' partitions).
        Assert.Equal(["ledger", "ledger", "ledger-652302", "ledger-652302", "recompute"], keys.Select(k => k.Item1));
        Assert.Equal([null, Other], (await store.LoadAsync()).Select(a => a.CountyCode).Order());
        var pending = await store.PendingMessagesAsync();
        Assert.Equal(home.Messages.Concat(other.Messages).Select(m => m.MessageId).Order(), pending.Select(m => m.MessageId).Order());
        Assert.Equal(2, (await store.OutboxMessagesAsync()).Count);

        await store.MarkSentAsync([.. pending.Select(m => m.MessageId)], now);

        Assert.Empty(await store.PendingMessagesAsync());
    }

    [Fact]
    public async Task ApplyAsync_AnotherCountysLineUnderTheHomeLedger_UpdatedWhereItIsItsNewMessageInItsCountysPartition()
    {
        var (storage, store) = await CreateAsync();
        var now = FixedClock.InSchoolYear2025().GetUtcNow().UtcDateTime;
        var opened = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding", Other)], [], now);
        await store.ApplyAsync(opened);
        // As a store written before ledger partitions holds it: the other county's line under `ledger`.
        var table = storage.Clients.Tables.GetTableClient(storage.Names.AlertsTable);
        var line = Assert.Single(await KeysAsync(storage, storage.Names.AlertsTable), k => k.Item2.StartsWith("alert|", StringComparison.Ordinal));
        var entity = (await table.GetEntityAsync<TableEntity>(line.Item1, line.Item2)).Value;
        await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        await table.AddEntityAsync(new TableEntity(entity) { PartitionKey = "ledger" });

        var resolved = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [], await store.LoadAsync(), now.AddDays(1));
        await store.ApplyAsync(resolved);

        var keys = await KeysAsync(storage, storage.Names.AlertsTable);
        Assert.Equal([("ledger", line.Item2)], keys.Where(k => k.Item2.StartsWith("alert|", StringComparison.Ordinal)));
        Assert.All(keys.Where(k => k.Item2.StartsWith("outbox|", StringComparison.Ordinal)), k => Assert.Equal("ledger-652302", k.Item1));
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await store.LoadAsync()).Status);
        Assert.Equal(2, (await store.PendingMessagesAsync()).Count);
    }

    [Fact]
    public async Task LoadCountyAsync_AnotherCountysLineUnderTheHomeLedger_ReadAsItsCountysNotTheHomes()
    {
        var (storage, store) = await CreateAsync();
        var now = FixedClock.InSchoolYear2025().GetUtcNow().UtcDateTime;
        await store.ApplyAsync(AlertChanges.Combine([
            AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding", null)], [], now),
            AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding", Other)], [], now)]));
        // As a store written before ledger partitions holds it: the other county's line under `ledger`.
        var table = storage.Clients.Tables.GetTableClient(storage.Names.AlertsTable);
        var line = Assert.Single(await KeysAsync(storage, storage.Names.AlertsTable), k => k.Item1 == "ledger-652302" && k.Item2.StartsWith("alert|", StringComparison.Ordinal));
        var entity = (await table.GetEntityAsync<TableEntity>(line.Item1, line.Item2)).Value;
        await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        await table.AddEntityAsync(new TableEntity(entity) { PartitionKey = "ledger" });

        Assert.Equal([Other], (await store.LoadCountyAsync(Other)).Select(a => a.CountyCode));
        Assert.Equal([null], (await store.LoadCountyAsync(null)).Select(a => a.CountyCode));
    }

    [Fact]
    public async Task CountiesAsync_HomeAndAnotherCounty_FromThePartitionKeysHomeFirst()
    {
        var (_, store) = await CreateAsync();
        await store.RecordAsync(Submission("b", 2024), File(Statistics("3653010001", 2024, "阜康一小") with { CountyCode = Other }));
        await store.RecordAsync(Submission("a", 2024), File(Statistics("3652010001", 2024, "第一小学")));
        await store.RecordAsync(Submission("c", 2025), File(Statistics("3652010001", 2025, "第一小学")));

        Assert.Equal([null, Other], await store.CountiesAsync(2024));
        Assert.Equal([null], await store.CountiesAsync(2025));
        Assert.Equal(["3653010001"], (await store.LoadCountyYearAsync(2024, Other)).Schools.Select(s => s.SchoolCode));
    }

    private static FiredAlert Missing(string kind, string? county) => new()
    {
        Rule = AlertRule.SubmissionMissing,
        Year = 2024,
        Subject = kind,
        MessageZh = $"2024学年 {kind} 逾期未报送",
        County = county,
    };

    private async Task<(TestStorage Storage, AzureTableInformationStore Store)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return (storage, new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance));
    }

    private static async Task<List<(string, string)>> KeysAsync(TestStorage storage, string? table = null)
    {
        var keys = new List<(string, string)>();
        await foreach (var e in storage.Clients.Tables.GetTableClient(table ?? storage.Names.FactsTable).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add((e.PartitionKey, e.RowKey));
        }

        return [.. keys.OrderBy(k => k.Item1, StringComparer.Ordinal)];
    }
}
