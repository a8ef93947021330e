using Changji.Functions.Tests.Support;
using Changji.Ingestion.Findings;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Blobs;
using Changji.Testing.Azure;
using Changji.Text;

namespace Changji.Functions.Tests.Triggers;

/// <summary>A file over <c>MaxFileBytes</c> is answered from its blob's properties: never downloaded, retried or re-enqueued.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OversizedFileTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> SmallLimit = new() { ["MaxFileBytes"] = "1024" };

    [Fact]
    public async Task IngestFile_FileOverTheLimit_RejectedWithReportIndexedArchivedAndNeverRequeued()
    {
        var app = await AzureTestApp.CreateAsync(azurite, settings: SmallLimit);
        var file = Samples.OfYear(2024).Single(f => f.Path.EndsWith("school_statistics_2024.csv", StringComparison.Ordinal));
        var bytes = await file.ReadAllBytesAsync(CancellationToken.None);
        Assert.True(bytes.Length > 1024);
        var message = await app.UploadAsync(file);

        await app.IngestFile.RunAsync(message, CancellationToken.None);
        await app.IngestFile.RunAsync(message, CancellationToken.None); // redelivered: a duplicate, not a second line
        await app.ReconcileAsync();

        var submission = Assert.Single(await app.Store.ListAsync());
        Assert.Equal((SubmissionStatus.Rejected, file.Path), (submission.Status, submission.Path));
        Assert.NotEqual(StableId.Sha256Hex(bytes), submission.Sha256);
        Assert.Contains(await app.Store.FindingsAsync(2024), f => f.Sha256 == submission.Sha256 && f.Finding.Code == "file_too_large");
        var reports = app.Storage.Clients.Blobs.GetBlobContainerClient(app.Storage.Names.Reports);
        var report = (await reports.GetBlobClient($"2024/school_statistics_2024.{submission.Sha256[..8]}.md").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(ZhCn.Format("report.validation.unread_id", ("id", submission.Sha256)), report, StringComparison.Ordinal);
        var raw = app.Storage.Clients.Blobs.GetBlobContainerClient(app.Storage.Names.Raw);
        Assert.Equal(bytes, (await raw.GetBlobClient(submission.Sha256 + ".csv").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Empty((await app.Storage.Clients.Queues.GetQueueClient(app.Storage.Names.IngestQueue).PeekMessagesAsync(10)).Value);
        Assert.Contains(await app.Store.LoadAsync(), a => a.Rule == "file_rejected");
    }

    [Fact]
    public async Task ReceiveFile_OversizedBlobThatCannotBeOpened_AnsweredFromItsLengthAlone()
    {
        var app = await AzureTestApp.CreateAsync(azurite, settings: SmallLimit);
        await app.UploadAsync(IncomingFile.FromBytes("2024/大文件.xlsx", new byte[4096]));
        var blob = (await new IncomingContainer(app.Incoming).GetAsync("2024/大文件.xlsx"))!;
        var unopenable = blob with { OpenAsync = _ => throw new InvalidOperationException("an oversized file must not be downloaded") };

        var outcome = await app.Receive.RunAsync(unopenable);

        Assert.Equal(SubmissionStatus.Rejected, outcome.Submission.Status);
        Assert.Equal(UnreadFileId.Of(blob), outcome.Submission.Sha256);
        var finding = Assert.Single(await app.Store.FindingsAsync(2024)).Finding;
        Assert.Equal((FindingCodes.FileTooLarge, ZhCn.Format("finding.file_too_large.value.size", ("bytes", 4096))), (finding.Code, finding.Value));
    }
}
