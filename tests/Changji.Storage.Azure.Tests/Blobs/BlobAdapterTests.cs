using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Curated;
using Changji.Storage.Azure.Blobs;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Blobs;

[Collection(AzuriteCollection.Name)]
public sealed class BlobAdapterTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CuratedPublisher_RerunSameBytes_WritesNothing()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Curated);
        var publisher = new BlobCuratedPublisher(container, TestResilience.Instance);
        CuratedFile[] files = [new(CuratedTables.DimSchool, 2024, [1, 2, 3]), new(CuratedTables.FactAlert, 2024, [4, 5])];
        await publisher.PublishAsync(files);
        var before = await CuratedSnapshot.ETagsAsync(container);

        await publisher.PublishAsync(files);

        Assert.Equal(["dim_school/year=2024/dim_school.parquet", "fact_alert/year=2024/fact_alert.parquet"], before.Keys);
        Assert.Equal(before, await CuratedSnapshot.ETagsAsync(container));
    }

    [Fact]
    public async Task CuratedPublisher_ChangedFile_OnlyThatOneReplaced()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Curated);
        var publisher = new BlobCuratedPublisher(container, TestResilience.Instance);
        await publisher.PublishAsync([new(CuratedTables.DimSchool, 2024, [1, 2, 3]), new(CuratedTables.FactAlert, 2024, [4, 5])]);
        var before = await CuratedSnapshot.ETagsAsync(container);

        await publisher.PublishAsync([new(CuratedTables.DimSchool, 2024, [1, 2, 3]), new(CuratedTables.FactAlert, 2024, [4, 5, 6])]);

        var after = await CuratedSnapshot.ETagsAsync(container);
        Assert.Equal(before["dim_school/year=2024/dim_school.parquet"], after["dim_school/year=2024/dim_school.parquet"]);
        Assert.NotEqual(before["fact_alert/year=2024/fact_alert.parquet"], after["fact_alert/year=2024/fact_alert.parquet"]);
        Assert.Equal([4, 5, 6], (await container.GetBlobClient("fact_alert/year=2024/fact_alert.parquet").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(2, after.Count); // no staging blob left beside the tables
    }

    [Fact]
    public async Task CuratedPublisher_ReadYear_TheYearsFileAndEachCountysOthersLeftOut()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Curated);
        var publisher = new BlobCuratedPublisher(container, TestResilience.Instance);
        await publisher.PublishAsync([
            new(CuratedTables.FactCountyVerdict, 2024, [1]),
            new(CuratedTables.FactCountyVerdict, 2024, [2]) { County = "652302" },
            new(CuratedTables.FactCountyVerdict, 2025, [3]),
            new(CuratedTables.FactCountyVariation, 2024, [4]) { County = "652302" }]);

        var read = await publisher.ReadYearAsync(CuratedTables.FactCountyVerdict, 2024);

        Assert.Equal(["fact_county_verdict/year=2024/county=652302/fact_county_verdict.parquet", "fact_county_verdict/year=2024/fact_county_verdict.parquet"], read.Select(f => f.RelativePath));
        Assert.Equal([("652302", (byte)2), (null, (byte)1)], read.Select(f => (f.County, f.Content.Single())));
        Assert.Empty(await publisher.ReadYearAsync(CuratedTables.FactCountyVerdict, 2023));
    }

    [Fact]
    public async Task RawArchive_SameKeyTwice_FirstBytesKept()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var raw = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Raw);
        var incoming = new IncomingContainer(storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming));
        var archive = new BlobRawArchive(raw, storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming));
        var sha = new string('a', 64);
        var upload = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming).GetBlobClient("2024/学校基础数据.XLSX");
        await upload.UploadAsync(BinaryData.FromBytes([1, 2]));
        await archive.StoreAsync(sha, (await incoming.GetAsync(upload.Name))!);
        await upload.UploadAsync(BinaryData.FromBytes([9, 9]), overwrite: true);

        await archive.StoreAsync(sha, (await incoming.GetAsync(upload.Name))!);

        var blob = raw.GetBlobClient(sha + ".xlsx");
        Assert.Equal([1, 2], (await blob.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("2024/学校基础数据.XLSX", Uri.UnescapeDataString((await blob.GetPropertiesAsync()).Value.Metadata["originalpath"]));
    }

    [Fact]
    public async Task RawArchive_Store_ReceiptSequenceIsTheReceiptInstant()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var raw = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Raw);
        var incomingBlobs = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming);
        await incomingBlobs.GetBlobClient("2024/a.csv").UploadAsync(BinaryData.FromString("a"));
        var clock = new FixedClock(new DateTimeOffset(2025, 10, 31, 15, 59, 59, TimeSpan.Zero).AddTicks(1));

        await new BlobRawArchive(raw, incomingBlobs, clock).StoreAsync(new string('d', 64), (await new IncomingContainer(incomingBlobs).GetAsync("2024/a.csv"))!);

        var metadata = (await raw.GetBlobClient(new string('d', 64) + ".csv").GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("0638975231990000001", metadata[RawReceipt.Sequence]);
        Assert.Equal(clock.Now, RawReceipt.InstantOf(metadata[RawReceipt.Sequence]));
    }

    [Fact]
    public async Task RawArchive_FileThatCannotBeOpened_CopiedServerSide()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var raw = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Raw);
        var incomingBlobs = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming);
        var bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(bytes);
        await incomingBlobs.GetBlobClient("2024/第1批 #1?v=50% 大文件.csv").UploadAsync(BinaryData.FromBytes(bytes));
        var file = (await new IncomingContainer(incomingBlobs).GetAsync("2024/第1批 #1?v=50% 大文件.csv"))!;
        var unopenable = file with { OpenAsync = _ => throw new InvalidOperationException("the bytes must not pass through the app") };

        await new BlobRawArchive(raw, incomingBlobs).StoreAsync("b" + new string('0', 63), unopenable);

        Assert.Equal(bytes, (await raw.GetBlobClient("b" + new string('0', 63) + ".csv").DownloadContentAsync()).Value.Content.ToArray());
    }

    /// <summary>
    /// Azurite copies whatever the source holds (it ignores <c>x-ms-source-if-match</c>), so what is
    /// checked here is the request: one Copy Blob naming the checked version, and no read of the source.
    /// Azure refuses the copy with 412 SourceConditionNotMet when the blob was overwritten since.
    /// </summary>
    [Fact]
    public async Task RawArchive_Copy_ConditionedOnTheCheckedVersionWithoutReadingTheSource()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var recorder = new RequestRecorder();
        var options = new BlobClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var blobs = new BlobServiceClient(azurite.ConnectionString, options);
        var incomingBlobs = blobs.GetBlobContainerClient(storage.Names.Incoming);
        await incomingBlobs.GetBlobClient("2024/a.csv").UploadAsync(BinaryData.FromString("old"));
        var file = (await new IncomingContainer(incomingBlobs).GetAsync("2024/a.csv"))!;
        recorder.Requests.Clear();

        await new BlobRawArchive(blobs.GetBlobContainerClient(storage.Names.Raw), incomingBlobs).StoreAsync(new string('c', 64), file);

        var copy = Assert.Single(recorder.Requests, r => r.Headers.TryGetValue("x-ms-copy-source", out _));
        Assert.True(copy.Headers.TryGetValue("x-ms-source-if-match", out var condition));
        Assert.Equal($"\"{file.Version}\"", condition);
        Assert.True(copy.Headers.TryGetValue("If-None-Match", out var target));
        Assert.Equal("*", target);
        Assert.DoesNotContain(recorder.Requests, r => r.Method == RequestMethod.Get && r.Uri.AbsolutePath.Contains(storage.Names.Incoming, StringComparison.Ordinal));
    }

    private sealed class RequestRecorder : HttpPipelineSynchronousPolicy
    {
        public List<SentRequest> Requests { get; } = [];

        public override void OnSendingRequest(HttpMessage message) => Requests.Add(new(
            message.Request.Method, message.Request.Uri.ToUri(), message.Request.Headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase)));
    }

    private sealed record SentRequest(RequestMethod Method, Uri Uri, Dictionary<string, string> Headers);

    [Fact]
    public async Task ReportStore_Report_Utf8MarkdownReadBack()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Reports);

        await new BlobReportStore(container).WriteAsync("2024/学校基础数据.abcd1234.md", "# 数据校验报告");

        var blob = (await container.GetBlobClient("2024/学校基础数据.abcd1234.md").DownloadContentAsync()).Value;
        Assert.Equal("# 数据校验报告", blob.Content.ToString());
        Assert.StartsWith("text/markdown", blob.Details.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportStore_HtmlReport_IsServedAsAPage()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Reports);

        await new BlobReportStore(container).WriteAsync("2024/自评报告-2024学年.html", "<!DOCTYPE html><title>自评报告</title>");

        var blob = (await container.GetBlobClient("2024/自评报告-2024学年.html").DownloadContentAsync()).Value;
        Assert.StartsWith("text/html", blob.Details.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportStore_AnnotatedReturn_TypedAsXlsxAndReadBack()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Reports);
        var store = new BlobReportStore(container);
        byte[] content = [0x50, 0x4B, 3, 4, 1, 2];

        await store.WriteBytesAsync("2025/补报.abcd1234.批注.xlsx", content);

        var blob = (await container.GetBlobClient("2025/补报.abcd1234.批注.xlsx").DownloadContentAsync()).Value;
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob.Details.ContentType);
        Assert.Equal(content, await store.ReadAsync("2025/补报.abcd1234.批注.xlsx"));
    }

    [Fact]
    public async Task IncomingContainer_HierarchicalNamespaceDirectories_NeitherListedNorReturned()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming);
        var folder = new Dictionary<string, string> { ["hdi_isfolder"] = "true" };
        await container.GetBlobClient("2024").UploadAsync(BinaryData.Empty, new BlobUploadOptions { Metadata = folder });
        await container.GetBlobClient("2024/补报").UploadAsync(BinaryData.Empty, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["Hdi_IsFolder"] = "True" } });
        await container.GetBlobClient("2024/补报/学校基础数据.csv").UploadAsync(BinaryData.FromString("a,b\n"));
        await container.GetBlobClient("2024/空文件.csv").UploadAsync(BinaryData.Empty);
        var incoming = new IncomingContainer(container);

        var listed = await incoming.ListAsync();

        Assert.Equal(["2024/空文件.csv", "2024/补报/学校基础数据.csv"], listed.Select(e => e.Path));
        Assert.Null(await incoming.GetAsync("2024"));
        Assert.Null(await incoming.GetAsync("2024/补报"));
        Assert.Equal(0, (await incoming.GetAsync("2024/空文件.csv"))!.Length);
        Assert.Equal(4, (await incoming.GetAsync("2024/补报/学校基础数据.csv"))!.Length);
    }

    [Fact]
    public async Task IncomingUpload_ThenGet_UploaderFromMetadataAndListedAsDropped()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var incoming = new IncomingContainer(storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming));
        var steward = new Pipeline.Submissions.Uploader("赵六", "5d1c2f7e-0000-4000-8000-000000000001");

        await incoming.WriteAsync("2025/学校基础数据.csv", [1, 2, 3], steward);
        var file = await incoming.GetAsync("2025/学校基础数据.csv");

        Assert.Equal(steward, file!.UploadedBy);
        Assert.Equal([1, 2, 3], await file.ReadAllBytesAsync(CancellationToken.None));
        Assert.Equal(["2025/学校基础数据.csv"], (await incoming.ListAsync()).Select(e => e.Path));
    }

    [Fact]
    public async Task IncomingGet_DroppedWithoutMetadata_NoUploader()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var container = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Incoming);
        await container.UploadBlobAsync("2025/a.csv", BinaryData.FromBytes([1]));

        Assert.Null((await new IncomingContainer(container).GetAsync("2025/a.csv"))!.UploadedBy);
    }

    [Fact]
    public async Task ReportReader_WrittenReport_ReadBackAndUnknownNull()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var reports = new BlobReportStore(storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Reports));

        await reports.WriteAsync("2025/a.12345678.md", "# 报告");

        Assert.Equal("# 报告", System.Text.Encoding.UTF8.GetString((await reports.ReadAsync("2025/a.12345678.md"))!));
        Assert.Null(await reports.ReadAsync("2025/none.md"));
    }
}
