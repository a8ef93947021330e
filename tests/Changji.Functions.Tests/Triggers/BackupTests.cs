using System.CommandLine;
using Changji.Cli;
using Changji.Functions.Tests.Support;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Composition;
using Changji.Testing.Azure;
using Microsoft.Extensions.Configuration;

namespace Changji.Functions.Tests.Triggers;

/// <summary>
/// The restore drill of docs/runbooks.md on Azurite: the samples ingested, the nightly <c>Backup</c>, the
/// tables and the curated Parquet lost, <c>changji restore</c>, a recompute: the same Parquet, byte for byte;
/// and the other way, <c>changji restore --from-raw</c>, with the same result.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BackupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RestoreDrill_SamplesExportedTablesLostRestoredRecomputed_CuratedParquetByteIdentical()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            await app.IngestAsync(file);
        }

        var before = await CuratedSnapshot.OfContainerAsync(app.Curated);
        var ledger = (await app.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted));
        var facts = await app.Store.LoadAsync();
        var sent = app.Sender.Sent.Count;
        await app.BackupAsync();

        await LoseTablesAndCuratedAsync(app);
        var (code, stdout, stderr) = await RestoreAsync(app, "restore");
        await app.Get<RecomputeFromYear>().RunAsync(2023);
        var after = await CuratedSnapshot.OfContainerAsync(app.Curated);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("已从快照 2026-06-01/tables-20260601T080000000Z.jsonl.gz 还原", stdout, StringComparison.Ordinal);
        Assert.Contains("fact_school_indicator/year=2025/fact_school_indicator.parquet", before.Keys);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} differs after the restore"));
        Assert.Equal(ledger, (await app.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted)));
        Assert.Equal(facts, await app.Store.LoadAsync());
        // The alert ledger came back too: the recompute found nothing new to announce.
        Assert.Equal(sent, app.Sender.Sent.Count);
    }

    [Fact]
    public async Task RestoreFromRaw_SamplesReplayedInReceiptOrder_CuratedParquetByteIdentical()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            // Files arrive over time: the receipt sequence on each raw blob is its receipt instant.
            app.Clock.Now = app.Clock.Now.AddMinutes(7);
            await app.IngestAsync(file);
        }

        var before = await CuratedSnapshot.OfContainerAsync(app.Curated);
        var ledger = (await app.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.ReceivedAtUtc));
        var facts = await app.Store.LoadAsync();

        await LoseTablesAndCuratedAsync(app);
        var (code, stdout, stderr) = await RestoreAsync(app, "restore", "--from-raw");
        var after = await CuratedSnapshot.OfContainerAsync(app.Curated);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains($"重新接收 {Samples.Files().Count} 个文件", stdout, StringComparison.Ordinal);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} differs after the replay"));
        Assert.Equal(ledger, (await app.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.ReceivedAtUtc)));
        Assert.Equal(facts, await app.Store.LoadAsync());
    }

    [Fact]
    public async Task Restore_TablesHoldData_RefusedWithoutForceThenDoneWithForce()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        await app.IngestAsync(Samples.OfYear(2025)[0]);
        await app.BackupAsync();

        var refused = await RestoreAsync(app, "restore");
        var forced = await RestoreAsync(app, "restore", "--force");

        Assert.Equal(ExitCodes.Failure, refused.Code);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("submissions", refused.Stderr, StringComparison.Ordinal);
        Assert.True(forced.Code == ExitCodes.Success, forced.Stderr);
    }

    [Fact]
    public async Task Restore_List_NamesTheSnapshotsNewestFirst()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        await app.BackupAsync();
        app.Clock.Now = app.Clock.Now.AddDays(1);
        await app.BackupAsync();

        var (code, stdout, _) = await RestoreAsync(app, "restore", "--list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            ["2026-06-02/tables-20260602T080000000Z.jsonl.gz", "2026-06-01/tables-20260601T080000000Z.jsonl.gz"],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Restore_NoStorageSetting_NamesTheMissingSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await new RootCommand { RestoreCommand.Create(stdout, stderr, configuration) }.Parse(["restore"]).InvokeAsync();

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Storage__tableServiceUri", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary><c>changji restore</c> with the app's own settings, as an operator's environment would hold them.</summary>
    private static async Task<(int Code, string Stdout, string Stderr)> RestoreAsync(AzureTestApp app, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AzureSettingNames.StorageConnectionString] = app.ConnectionString,
            [AzureSettingNames.StorageNamePrefix] = app.Storage.Prefix,
        }).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await new RootCommand { RestoreCommand.Create(stdout, stderr, configuration) }.Parse(args).InvokeAsync();
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The information database and the published Parquet gone: tables deleted and created empty, curated/ emptied.</summary>
    private static async Task LoseTablesAndCuratedAsync(AzureTestApp app)
    {
        foreach (var table in app.Storage.Names.Tables)
        {
            await app.Storage.Clients.Tables.DeleteTableAsync(table);
            await app.Storage.Clients.Tables.CreateTableIfNotExistsAsync(table);
        }

        await foreach (var blob in app.Curated.GetBlobsAsync())
        {
            await app.Curated.DeleteBlobAsync(blob.Name);
        }
    }
}
