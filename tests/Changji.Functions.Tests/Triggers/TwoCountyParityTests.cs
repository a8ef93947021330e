using Azure.Data.Tables;
using Changji.Functions.Tests.Support;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.Tests.Counties;
using Changji.Storage.Local;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

/// <summary>
/// Files of two counties (the samples' 2023–2024 as 昌吉市 and as 阜康市, <see cref="SecondCounty"/>) ingested one
/// event at a time in Azure publish the same curated rows as <c>changji run</c> on each file in turn, with the
/// other county's facts and alert ledger in partitions of their own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoCountyParityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestFile_TwoCountiesEventByEvent_SameCuratedRowsAndLedgerAsLocalInCountyPartitions()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2023, 2024], input, input);
        var local = new LocalOutput(temp.Combine("out"));
        var files = Files(input);
        Assert.Contains(files, f => f.Path.Contains(SecondCounty.Name, StringComparison.Ordinal));

        foreach (var file in files)
        {
            await app.IngestAsync(file);
            await local.RunAsync(AloneInFolder(temp, file), app.Clock);
        }

        var expected = CuratedSnapshot.OfFolder(local.CuratedFolder);
        var actual = await CuratedSnapshot.OfContainerAsync(app.Curated);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            await CuratedSnapshot.AssertSameRowsAsync(path, bytes, actual[path]);
        }

        Assert.Equal(await local.Store.LoadAsync(), await app.Store.LoadAsync());
        Assert.Equal(["2023", "2023-" + SecondCounty.Code, "2024", "2024-" + SecondCounty.Code], await PartitionsAsync(app, app.Storage.Names.FactsTable));
        // Beside the two ledgers, the alert ledger's version and the recompute stamps (UnchangedRecompute).
        Assert.Equal(["ledger", "ledger-" + SecondCounty.Code, "recompute"], await PartitionsAsync(app, app.Storage.Names.AlertsTable));
        var received = await app.Store.ListAsync();
        Assert.Equal(
            received.Select(s => (s.Path, s.Path.Contains(SecondCounty.Name, StringComparison.Ordinal) ? SecondCounty.Code : "652301")),
            received.Select(s => (s.Path, Assert.Single(s.Counties))));
    }

    private static IReadOnlyList<IncomingFile> Files(string folder)
    {
        var incoming = new LocalIncomingFolder(folder);
        return incoming.ListAsync().GetAwaiter().GetResult()
            .Select(e => incoming.GetAsync(e.Path).GetAwaiter().GetResult()!)
            .ToList();
    }

    /// <summary>An input folder holding just this file, at its path: the local command run on one file.</summary>
    private static string AloneInFolder(TempFolder temp, IncomingFile file)
    {
        var folder = temp.Combine("one-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.ReadAllBytesAsync(CancellationToken.None).GetAwaiter().GetResult());
        return folder;
    }

    private static async Task<List<string>> PartitionsAsync(AzureTestApp app, string table)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var e in app.Storage.Clients.Tables.GetTableClient(table).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            keys.Add(e.PartitionKey);
        }

        return [.. keys];
    }
}
