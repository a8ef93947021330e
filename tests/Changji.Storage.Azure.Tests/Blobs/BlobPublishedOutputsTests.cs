using Azure.Storage.Blobs;
using Changji.Pipeline.Curated;
using Changji.Storage.Azure.Blobs;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Blobs;

/// <summary>The outputs' fingerprint moves with any blob of curated/ or reports/ written or deleted, and only then.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobPublishedOutputsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Fingerprint_SameBytesPublishedAgain_Unchanged()
    {
        var (publisher, outputs, _, _) = await CreateAsync();
        CuratedFile[] files = [new(CuratedTables.DimSchool, 2024, [1, 2, 3])];
        await publisher.PublishAsync(files);
        var before = await outputs.FingerprintAsync();

        await publisher.PublishAsync(files);

        Assert.Equal(before, await outputs.FingerprintAsync());
    }

    [Fact]
    public async Task Fingerprint_CuratedBlobDeletedOrReportRewritten_Changes()
    {
        var (publisher, outputs, curated, reports) = await CreateAsync();
        await publisher.PublishAsync([new(CuratedTables.DimSchool, 2024, [1, 2, 3]), new(CuratedTables.FactAlert, 2024, [4])]);
        await reports.WriteAsync("2024/自评报告.md", "# 自评报告");
        var published = await outputs.FingerprintAsync();

        await curated.DeleteBlobAsync("fact_alert/year=2024/fact_alert.parquet");
        var deleted = await outputs.FingerprintAsync();
        await reports.WriteAsync("2024/自评报告.md", "# 自评报告（改）");

        Assert.NotEqual(published, deleted);
        Assert.NotEqual(deleted, await outputs.FingerprintAsync());
    }

    private async Task<(BlobCuratedPublisher Publisher, BlobPublishedOutputs Outputs, BlobContainerClient Curated, BlobReportStore Reports)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var curated = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Curated);
        var reports = storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Reports);
        return (new BlobCuratedPublisher(curated, TestResilience.Instance), new BlobPublishedOutputs(curated, reports), curated, new BlobReportStore(reports));
    }
}
