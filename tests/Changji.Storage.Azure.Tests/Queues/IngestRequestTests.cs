using Changji.Storage.Azure.Queues;

namespace Changji.Storage.Azure.Tests.Queues;

public sealed class IngestRequestTests
{
    [Fact]
    public void PathOf_EventGridAzureUrl_DecodedPathUnderContainer()
    {
        var message = """
            {"topic":"/subscriptions/x","subject":"/blobServices/default/containers/incoming/blobs/2024/学校基础数据.xlsx",
             "eventType":"Microsoft.Storage.BlobCreated","id":"1",
             "data":{"api":"PutBlob","url":"https://stcjdev.blob.core.windows.net/incoming/2024/%E5%AD%A6%E6%A0%A1%E5%9F%BA%E7%A1%80%E6%95%B0%E6%8D%AE.xlsx"}}
            """;

        Assert.Equal("2024/学校基础数据.xlsx", IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void PathOf_AzuritePathStyleUrl_SkipsAccountSegment()
    {
        var message = """{"data":{"url":"http://127.0.0.1:10000/devstoreaccount1/incoming/2025/a%20b.csv"}}""";

        Assert.Equal("2025/a b.csv", IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void PathOf_CloudEventInArray_Read()
    {
        var message = """[{"specversion":"1.0","type":"Microsoft.Storage.BlobCreated","data":{"url":"https://a.blob.core.windows.net/incoming/2024/x.csv"}}]""";

        Assert.Equal("2024/x.csv", IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void PathOf_PlainPathMessage_RoundTrips()
    {
        Assert.Equal("2024/县级指标数据-2024.csv", IngestRequest.PathOf(IngestRequest.Create("2024/县级指标数据-2024.csv"), "incoming"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"data":{"url":"https://a.blob.core.windows.net/curated/x.parquet"}}""")]
    public void PathOf_NotAnIngestRequest_FormatException(string message)
    {
        Assert.Throws<FormatException>(() => IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void YearOf_RecomputeRequest_RoundTripsAndRejectsNonsense()
    {
        Assert.Equal(2024, RecomputeRequest.YearOf(RecomputeRequest.Create(2024)));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf("""{"year":"soon"}"""));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf("2024"));
    }
}
