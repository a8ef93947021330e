using Changji.Evaluation.Catalogue;
using Changji.Storage.Azure.Tests.Support;
using Changji.Storage.Local;

namespace Changji.Storage.Azure.Tests.Functions;

/// <summary>The Azure path and the local path, on the committed samples with the same fixed clock, publish the same rows.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalParityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestFile_EverySampleEventInTurn_SameCuratedRowsLedgerAndAlertsAsLocal()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var local = new LocalWorkspace(temp.Path, Catalogue.Builtin.Default, FixedClock.InSchoolYear2025());
        var files = Samples.Files();
        Assert.True(files.Count >= 9, "samples/incoming should hold three years of files");

        foreach (var file in files)
        {
            // One BlobCreated event per file through the function; locally the same file as its own run.
            await app.IngestAsync(file);
            await local.Runner.RunAsync([file]);
        }

        await AssertSameCuratedAsync(local, app);
        Assert.Equal(
            (await local.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.Replaced.Count)),
            (await app.Workspace.Store.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.Replaced.Count)));
        Assert.Equal(await local.Store.LoadAsync(), await app.Workspace.Store.LoadAsync());
        Assert.Equal(
            Directory.GetFiles(local.OutboxFolder).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            app.Sender.Sent.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Runner_AllSamplesInOneRun_SameCuratedRowsAsChangjiRun()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var local = new LocalWorkspace(temp.Path, Catalogue.Builtin.Default, FixedClock.InSchoolYear2025());

        await local.Runner.RunAsync(Samples.Files());
        await app.Workspace.Runner.RunAsync(Samples.Files());

        await AssertSameCuratedAsync(local, app);
    }

    private static async Task AssertSameCuratedAsync(LocalWorkspace local, AzureTestApp app)
    {
        var expected = CuratedSnapshot.OfFolder(local.CuratedFolder);
        var actual = await CuratedSnapshot.OfContainerAsync(app.Curated);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Contains("fact_school_indicator/year=2025/fact_school_indicator.parquet", actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            await CuratedSnapshot.AssertSameRowsAsync(path, bytes, actual[path]);
        }
    }
}
