using Azure.Data.Tables;
using Changji.Storage.Azure.Backups;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Backups;

/// <summary>Export and restore against a real Azurite: exact types through the service, the refusal on non-empty tables, <c>force</c>, the latest snapshot by default.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableRestoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ExportRestore_EveryEdmTypeThroughTheService_SameTypesAndValues()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var written = SnapshotFormatTests.EveryType();
        await Table(storage, storage.Names.FindingsTable).AddEntityAsync(written);
        var backup = await Backup(storage).ExportAsync();

        await WipeAsync(storage);
        var result = await Restore(storage).RestoreAsync(null, force: false);
        var back = (await Table(storage, storage.Names.FindingsTable).GetEntityAsync<TableEntity>(written.PartitionKey, written.RowKey)).Value;

        Assert.Equal(RestoreStatus.Restored, result.Status);
        Assert.Equal(backup.Snapshot, result.Snapshot);
        Assert.Equal(1, result.Counts["findings"]);
        SnapshotFormatTests.AssertSameProperties(written, back);
    }

    [Fact]
    public async Task Export_EveryTable_OneDatedGzipSnapshotInBackup()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await Table(storage, storage.Names.FactsTable).AddEntityAsync(new TableEntity("2025", "a") { ["Value"] = 1.5 });

        var result = await Backup(storage).ExportAsync();
        var blob = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Backup).GetBlobClient(result.Snapshot);
        var properties = (await blob.GetPropertiesAsync()).Value;

        Assert.Equal("2026-06-01/tables-20260601T080000000Z.jsonl.gz", result.Snapshot);
        Assert.Equal(AzureStorageNames.Default.Tables, result.Counts.Keys);
        Assert.Equal(1, result.Counts["facts"]);
        Assert.Equal(TableBackup.ContentType, properties.ContentType);
        Assert.Equal(("changji-tables", "1"), (properties.Metadata["format"], properties.Metadata["version"]));
    }

    [Fact]
    public async Task Restore_TablesNotEmpty_RefusesAndWritesNothing()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await Table(storage, storage.Names.FactsTable).AddEntityAsync(new TableEntity("2025", "a") { ["Value"] = 1.5 });
        await Backup(storage).ExportAsync();
        await Table(storage, storage.Names.FactsTable).UpsertEntityAsync(new TableEntity("2025", "a") { ["Value"] = 9.0 }, TableUpdateMode.Replace);

        var result = await Restore(storage).RestoreAsync(null, force: false);
        var kept = (await Table(storage, storage.Names.FactsTable).GetEntityAsync<TableEntity>("2025", "a")).Value;

        Assert.Equal(RestoreStatus.TablesNotEmpty, result.Status);
        Assert.Equal(["facts"], result.NonEmptyTables);
        Assert.Equal(9.0, kept.GetDouble("Value"));
    }

    [Fact]
    public async Task Restore_Force_TablesHoldExactlyTheSnapshot()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var facts = Table(storage, storage.Names.FactsTable);
        await facts.AddEntityAsync(new TableEntity("2025", "a") { ["Value"] = 1.5 });
        await Backup(storage).ExportAsync();
        await facts.UpsertEntityAsync(new TableEntity("2025", "a") { ["Value"] = 9.0 }, TableUpdateMode.Replace);
        await facts.AddEntityAsync(new TableEntity("2025", "later") { ["Value"] = 2.0 });

        var result = await Restore(storage).RestoreAsync(null, force: true);
        var rows = await facts.QueryAsync<TableEntity>().ToListAsync();

        Assert.Equal(RestoreStatus.Restored, result.Status);
        Assert.Equal(["a"], rows.Select(r => r.RowKey));
        Assert.Equal(1.5, rows[0].GetDouble("Value"));
    }

    [Fact]
    public async Task Restore_NoName_TakesTheLatest_ANamedOneOnRequest()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 19, 0, 0, TimeSpan.Zero));
        var facts = Table(storage, storage.Names.FactsTable);
        await facts.AddEntityAsync(new TableEntity("2025", "first"));
        var older = await Backup(storage, clock).ExportAsync();
        await facts.AddEntityAsync(new TableEntity("2025", "second"));
        clock.Now = clock.Now.AddDays(1);
        var newer = await Backup(storage, clock).ExportAsync();

        Assert.Equal([newer.Snapshot, older.Snapshot], await Restore(storage).ListAsync());
        await WipeAsync(storage);
        Assert.Equal(newer.Snapshot, (await Restore(storage).RestoreAsync(null, force: false)).Snapshot);
        Assert.Equal(2, await facts.QueryAsync<TableEntity>().CountAsync());
        Assert.Equal(older.Snapshot, (await Restore(storage).RestoreAsync(older.Snapshot, force: true)).Snapshot);
        Assert.Equal(["first"], await facts.QueryAsync<TableEntity>().Select(e => e.RowKey).ToListAsync());
    }

    [Fact]
    public async Task Restore_UnknownName_NotFound()
    {
        var storage = await TestStorage.CreateAsync(azurite);

        Assert.Equal(RestoreStatus.NotFound, (await Restore(storage).RestoreAsync(null, force: false)).Status);
        Assert.Equal(RestoreStatus.NotFound, (await Restore(storage).RestoreAsync("2026-01-01/tables-x.jsonl.gz", force: false)).Status);
    }

    [Fact]
    public async Task Restore_ManyPartitionsAndRows_AllBack()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var facts = Table(storage, storage.Names.FactsTable);
        foreach (var partition in new[] { "2024", "2025" })
        {
            var rows = Enumerable.Range(0, 250).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"r{i:D4}") { ["N"] = (long)i }));
            await Changji.Storage.Azure.Tables.TableBatches.SubmitAsync(facts, rows, CancellationToken.None);
        }

        await Backup(storage).ExportAsync();
        await WipeAsync(storage);
        var result = await Restore(storage).RestoreAsync(null, force: false);

        Assert.Equal(500, result.Counts["facts"]);
        Assert.Equal(500, await facts.QueryAsync<TableEntity>().CountAsync());
    }

    private static TableClient Table(TestStorage storage, string name) => storage.Clients.Tables.GetTableClient(name);

    private static TableBackup Backup(TestStorage storage, TimeProvider? clock = null) =>
        new(storage.Clients.Tables, storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Backup), storage.Names, clock ?? FixedClock.InSchoolYear2025());

    private static TableRestore Restore(TestStorage storage) =>
        new(storage.Clients.Tables, storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Backup), storage.Names);

    /// <summary>The tables lost: deleted and created again empty (Azurite takes a deleted table's name back at once).</summary>
    private static async Task WipeAsync(TestStorage storage)
    {
        foreach (var table in storage.Names.Tables)
        {
            await storage.Clients.Tables.DeleteTableAsync(table);
            await storage.Clients.Tables.CreateTableIfNotExistsAsync(table);
        }
    }
}
