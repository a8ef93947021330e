using Changji.Pipeline.Submissions;
using Changji.Functions.Tests.Support;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

/// <summary>The Azure path and the local path, on the committed samples with the same fixed clock, publish the same rows.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalParityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestFile_EverySampleEventInTurn_SameCuratedRowsLedgerAndAlertsAsLocal()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var local = new LocalOutput(temp.Combine("out"));
        var clock = FixedClock.InSchoolYear2025();
        var files = Samples.Files();
        Assert.True(files.Count >= 9, "samples/incoming should hold three years of files");

        foreach (var file in files)
        {
            // One BlobCreated event per file through the function; locally the same file as its own run.
            await app.IngestAsync(file);
            await local.RunAsync(AloneInFolder(temp, file), clock);
        }

        await AssertSameCuratedAsync(local, app);
        Assert.Equal(
            (await local.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.Replaced.Count)),
            (await app.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.Replaced.Count)));
        Assert.Equal(await local.Store.LoadAsync(), await app.Store.LoadAsync());
        Assert.Equal(
            Directory.GetFiles(local.OutboxFolder).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            app.Sender.Sent.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Runner_AllSamplesInOneRun_SameCuratedRowsAsChangjiRun()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var local = new LocalOutput(temp.Combine("out"));
        foreach (var file in Samples.Files())
        {
            await app.UploadAsync(file);
        }

        await local.RunAsync(Samples.Folder, FixedClock.InSchoolYear2025());
        await app.Runner.RunAsync();

        await AssertSameCuratedAsync(local, app);
    }

    /// <summary>An input folder holding just this file, at its path: the local command run on one file.</summary>
    private static string AloneInFolder(TempFolder temp, IncomingFile file)
    {
        var folder = temp.Combine("in-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.ReadAllBytesAsync(CancellationToken.None).GetAwaiter().GetResult());
        return folder;
    }

    private static async Task AssertSameCuratedAsync(LocalOutput local, AzureTestApp app)
    {
        var expected = CuratedSnapshot.OfFolder(local.CuratedFolder);
        var actual = await CuratedSnapshot.OfContainerAsync(app.Curated);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Contains("fact_school_indicator/year=2025/fact_school_indicator.parquet", actual.Keys);
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Assert.True((await app.Curated.GetBlobClient($"_manifest/year={year}.json").ExistsAsync()).Value, $"manifest {year}");
        }

        foreach (var (path, bytes) in expected)
        {
            await CuratedSnapshot.AssertSameRowsAsync(path, bytes, actual[path]);
        }
    }
}
