using System.Text;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Queues;
using Changji.Functions.Tests.Support;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

[Collection(AzuriteCollection.Name)]
public sealed class IngestFileTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestFile_DuplicateEventAndPlainPathMessage_ChangeNothing()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var events = new List<string>();
        foreach (var file in Samples.OfYear(2024))
        {
            events.Add(await app.UploadAsync(file));
            await app.IngestFile.RunAsync(events[^1], CancellationToken.None);
        }

        var ledger = await app.Store.ListAsync();
        var alerts = await app.Store.LoadAsync();
        var sent = app.Sender.Sent.Count;
        var curated = await CuratedSnapshot.ETagsAsync(app.Curated);

        await app.IngestFile.RunAsync(events[0], CancellationToken.None);
        await app.IngestFile.RunAsync(IngestRequest.Create(Samples.OfYear(2024)[1].Path), CancellationToken.None);

        Assert.Equal(PipelineJson.Serialize(ledger), PipelineJson.Serialize(await app.Store.ListAsync()));
        Assert.Equal(alerts, await app.Store.LoadAsync());
        Assert.Equal(sent, app.Sender.Sent.Count);
        Assert.Empty(await app.Store.PendingMessagesAsync());
        Assert.Equal(curated, await CuratedSnapshot.ETagsAsync(app.Curated));
    }

    [Fact]
    public async Task IngestFile_EventsPlainAndBase64WithUrlSpecialNames_EveryFileIngestedUnderItsName()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var reference = await AzureTestApp.CreateAsync(azurite);
        var files = Samples.OfYear(2024);
        var renamed = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var path = $"2024/第{i}批 #{i}?v=50% {Path.GetFileName(file.Path)}";
            renamed.Add(path);
            var message = await app.UploadAsync(IncomingFile.FromBytes(path, await file.ReadAllBytesAsync(CancellationToken.None)));
            await app.IngestFile.RunAsync(i % 2 == 0 ? message : Convert.ToBase64String(Encoding.UTF8.GetBytes(message)), CancellationToken.None);
            await reference.IngestAsync(file);
        }

        var ledger = await app.Store.ListAsync();
        Assert.Equal(renamed.Order(StringComparer.Ordinal), ledger.Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.Equal((await reference.Store.ListAsync()).Select(s => s.Sha256).Order(), ledger.Select(s => s.Sha256).Order());
        Assert.Equal(
            PipelineJson.Serialize(await reference.Store.LoadYearAsync(2024)),
            PipelineJson.Serialize(await app.Store.LoadYearAsync(2024)));
    }

    [Fact]
    public async Task RecomputeYear_PlainAndBase64Messages_BothProcessed()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.OfYear(2024))
        {
            await app.IngestAsync(file);
        }

        var alerts = await app.Store.LoadAsync();
        await app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024), CancellationToken.None);
        await app.RecomputeYear.RunAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(RecomputeRequest.Create(2024))), CancellationToken.None);

        Assert.Equal(alerts, await app.Store.LoadAsync());
        await Assert.ThrowsAsync<FormatException>(() => app.RecomputeYear.RunAsync("MjAyNA==", CancellationToken.None));
    }

    /// <summary>
    /// The year's lease takes the three deliveries one after the other, so the result is a sequential
    /// run in the order they were received: the same ledger, the same alert events (none transient, none
    /// sent twice) and the same curated tables, the alert history included.
    /// </summary>
    [Fact]
    public async Task IngestFile_ThreeFilesOfOneYearAtOnce_ExactlyASequentialRunInReceiptOrder()
    {
        var together = await AzureTestApp.CreateAsync(azurite);
        var inTurn = await AzureTestApp.CreateAsync(azurite);
        var files = Samples.OfYear(2024);
        Assert.Equal(3, files.Count);
        var events = new List<string>();
        foreach (var file in files)
        {
            events.Add(await together.UploadAsync(file));
        }

        await Task.WhenAll(events.Select(e => Task.Run(() => together.IngestFile.RunAsync(e, CancellationToken.None))));

        var received = (await together.Store.ListAsync()).Select(s => s.Path).ToList();
        foreach (var path in received)
        {
            await inTurn.IngestAsync(files.Single(f => f.Path == path));
        }

        Assert.Equal(PipelineJson.Serialize(await inTurn.Store.ListAsync()), PipelineJson.Serialize(await together.Store.ListAsync()));
        Assert.Equal(
            PipelineJson.Serialize(await inTurn.Store.LoadYearAsync(2024)),
            PipelineJson.Serialize(await together.Store.LoadYearAsync(2024)));
        Assert.Equal(await inTurn.Store.LoadAsync(), await together.Store.LoadAsync());
        Assert.NotEmpty(inTurn.Sender.Sent);
        Assert.Equal(inTurn.Sender.Sent.Select(m => PipelineJson.Serialize(m)), together.Sender.Sent.Select(m => PipelineJson.Serialize(m)));
        Assert.Empty(await together.Store.PendingMessagesAsync());

        var expected = await CuratedSnapshot.OfContainerAsync(inTurn.Curated);
        var actual = await CuratedSnapshot.OfContainerAsync(together.Curated);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var path in expected.Keys)
        {
            await CuratedSnapshot.AssertSameRowsAsync(path, expected[path], actual[path]);
        }
    }

    [Fact]
    public async Task RecomputeYear_CuratedFileDeleted_Republished()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.OfYear(2024))
        {
            await app.IngestAsync(file);
        }

        var blob = app.Curated.GetBlobClient("dim_school/year=2024/dim_school.parquet");
        var before = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        await blob.DeleteAsync();

        await app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024), CancellationToken.None);

        Assert.Equal(before, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task IngestFile_BlobGone_SkippedWithoutError()
    {
        var app = await AzureTestApp.CreateAsync(azurite);

        await app.IngestFile.RunAsync(IngestRequest.Create("2024/已删除.csv"), CancellationToken.None);

        Assert.Empty(await app.Store.ListAsync());
    }
}
