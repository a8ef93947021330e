using Azure.Data.Tables;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using static Changji.Storage.Azure.Tests.Tables.ConcurrencyTests;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>
/// Facts are partitioned by year and county (docs/azure.md, "Information database in Azure Tables"): the home
/// county, stored without a code, keeps the bare year, so stores written before read unchanged.
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

    private async Task<(TestStorage Storage, AzureTableInformationStore Store)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return (storage, new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance));
    }

    private static async Task<List<(string, string)>> KeysAsync(TestStorage storage)
    {
        var keys = new List<(string, string)>();
        await foreach (var e in storage.Clients.Tables.GetTableClient(storage.Names.FactsTable).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add((e.PartitionKey, e.RowKey));
        }

        return [.. keys.OrderBy(k => k.Item1, StringComparer.Ordinal)];
    }
}
