using System.Text;
using System.Text.Json;
using Changji.Storage.Azure.Queues;

namespace Changji.Storage.Azure.Tests.Queues;

public sealed class IngestRequestTests
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>A BlobCreated event in the Event Grid schema, its <c>data.url</c> unencoded as Event Grid writes it.</summary>
    private static string BlobCreated(string name, string container = "incoming", string? subject = null) => JsonSerializer.Serialize(new
    {
        topic = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stcjdev",
        subject = subject ?? $"/blobServices/default/containers/{container}/blobs/{name}",
        eventType = "Microsoft.Storage.BlobCreated",
        id = "1",
        data = new { api = "PutBlob", contentLength = 12, blobType = "BlockBlob", url = $"https://stcjdev.blob.core.chinacloudapi.cn/{container}/{name}" },
        dataVersion = "",
        metadataVersion = "1",
        eventTime = "2025-10-01T08:00:00Z",
    });

    [Fact]
    public void PathOf_EventGridEventPlainJson_PathFromSubject()
    {
        Assert.Equal("2024/学校基础数据.xlsx", IngestRequest.PathOf(BlobCreated("2024/学校基础数据.xlsx"), "incoming"));
    }

    [Fact]
    public void PathOf_EventGridEventBase64_SamePathAsPlain()
    {
        Assert.Equal("2024/学校基础数据.xlsx", IngestRequest.PathOf(Base64(BlobCreated("2024/学校基础数据.xlsx")), "incoming"));
    }

    [Theory]
    [InlineData("2024/a#b.csv")]
    [InlineData("2024/what?.csv")]
    [InlineData("2024/100%.csv")]
    [InlineData("2024/a%20b.csv")]
    [InlineData("2024/with space 学校 数据.xlsx")]
    [InlineData("2024/子目录/县级指标数据-2024 #2?v=1 (50%).csv")]
    public void PathOf_NameWithUrlSpecialCharacters_VerbatimFromSubjectInBothEncodings(string name)
    {
        Assert.Equal(name, IngestRequest.PathOf(BlobCreated(name), "incoming"));
        Assert.Equal(name, IngestRequest.PathOf(Base64(BlobCreated(name)), "incoming"));
    }

    [Theory]
    [InlineData("2024/a#b.csv")]
    [InlineData("2024/what?.csv")]
    [InlineData("2024/with space 学校.xlsx")]
    public void PathOf_SubjectNotABlobSubject_FallsBackToUnencodedDataUrl(string name)
    {
        Assert.Equal(name, IngestRequest.PathOf(BlobCreated(name, subject: "something-else"), "incoming"));
    }

    [Fact]
    public void PathOf_EncodedDataUrlFallback_Decoded()
    {
        var message = BlobCreated("2024/%E5%AD%A6%E6%A0%A1.xlsx", subject: "x");

        Assert.Equal("2024/学校.xlsx", IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void PathOf_AzuritePathStyleUrl_SkipsAccountSegment()
    {
        var message = """
            {"id":"1","subject":"x","eventType":"Microsoft.Storage.BlobCreated","dataVersion":"","eventTime":"2025-10-01T08:00:00Z",
             "data":{"url":"http://127.0.0.1:10000/devstoreaccount1/incoming/2025/a%20b.csv"}}
            """;

        Assert.Equal("2025/a b.csv", IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void PathOf_CloudEventInArray_PathFromSubjectInBothEncodings()
    {
        var message = """
            [{"specversion":"1.0","id":"1","source":"/subscriptions/x","type":"Microsoft.Storage.BlobCreated",
              "subject":"/blobServices/default/containers/incoming/blobs/2024/a#b?.csv",
              "data":{"api":"PutBlob","url":"https://a.blob.core.windows.net/incoming/2024/a#b?.csv"}}]
            """;

        Assert.Equal("2024/a#b?.csv", IngestRequest.PathOf(message, "incoming"));
        Assert.Equal("2024/a#b?.csv", IngestRequest.PathOf(Base64(message), "incoming"));
    }

    [Fact]
    public void PathOf_PlainPathMessage_RoundTripsInBothEncodings()
    {
        var message = IngestRequest.Create("2024/县级指标数据-2024.csv");

        Assert.Equal("2024/县级指标数据-2024.csv", IngestRequest.PathOf(message, "incoming"));
        Assert.Equal("2024/县级指标数据-2024.csv", IngestRequest.PathOf(Base64(message), "incoming"));
    }

    [Fact]
    public void PathOf_BlobInAnotherContainer_FormatException()
    {
        Assert.Throws<FormatException>(() => IngestRequest.PathOf(BlobCreated("x.parquet", container: "curated"), "incoming"));
    }

    [Fact]
    public void PathOf_OtherEventType_FormatException()
    {
        var message = BlobCreated("2024/x.csv").Replace("Microsoft.Storage.BlobCreated", "Microsoft.Storage.BlobDeleted", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => IngestRequest.PathOf(message, "incoming"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("{}")]
    [InlineData("e30=")]
    [InlineData("""{"data":{"url":"https://a.blob.core.windows.net/incoming/x.csv"}}""")]
    public void PathOf_NotAnIngestRequest_FormatException(string message)
    {
        Assert.Throws<FormatException>(() => IngestRequest.PathOf(message, "incoming"));
    }

    [Fact]
    public void YearOf_RecomputeRequest_RoundTripsInBothEncodingsAndRejectsNonsense()
    {
        Assert.Equal(2024, RecomputeRequest.YearOf(RecomputeRequest.Create(2024)));
        Assert.Equal(2024, RecomputeRequest.YearOf(Base64(RecomputeRequest.Create(2024))));
        Assert.Equal(2024, RecomputeRequest.YearOf(" {\"year\":2024}\n"));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf("""{"year":"soon"}"""));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf("2024"));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf(Base64("2024")));
        Assert.Throws<FormatException>(() => RecomputeRequest.YearOf("%%%"));
    }

    [Fact]
    public void Of_RecomputeRequestWithCounty_YearAndCountyInBothEncodings()
    {
        Assert.Equal("""{"year":2024,"county":"652302"}""", RecomputeRequest.Create(2024, "652302"));
        Assert.Equal((2024, "652302"), RecomputeRequest.Of(RecomputeRequest.Create(2024, "652302")));
        Assert.Equal((2024, "652302"), RecomputeRequest.Of(Base64(RecomputeRequest.Create(2024, "652302"))));
        Assert.Equal(2024, RecomputeRequest.YearOf(RecomputeRequest.Create(2024, "652302")));
    }

    [Fact]
    public void IsRegion_RegionRequest_TrueInBothEncodingsAndFalseForARecompute()
    {
        Assert.Equal("""{"year":2024,"region":true}""", RecomputeRequest.CreateRegion(2024));
        Assert.True(RecomputeRequest.IsRegion(RecomputeRequest.CreateRegion(2024)));
        Assert.True(RecomputeRequest.IsRegion(Base64(RecomputeRequest.CreateRegion(2024))));
        Assert.Equal((2024, (string?)null), RecomputeRequest.Of(RecomputeRequest.CreateRegion(2024)));
        Assert.False(RecomputeRequest.IsRegion(RecomputeRequest.Create(2024, "652302")));
        Assert.False(RecomputeRequest.IsRegion("""{"year":2024,"region":false}"""));
        Assert.Throws<FormatException>(() => RecomputeRequest.IsRegion("""{"year":2024,"region":"yes"}"""));
        Assert.Throws<FormatException>(() => RecomputeRequest.IsRegion("""{"year":2024,"county":"652302","region":true}"""));
    }

    [Fact]
    public void Of_RecomputeRequestWithoutCounty_EveryCountyAsBefore()
    {
        // Messages written before counties (and az storage message put by hand) keep their meaning.
        Assert.Equal(RecomputeRequest.Create(2024), RecomputeRequest.Create(2024, null));
        Assert.Equal((2024, (string?)null), RecomputeRequest.Of("""{"year":2024}"""));
        Assert.Equal((2024, (string?)null), RecomputeRequest.Of("""{"year":2024,"county":null}"""));
        Assert.Equal((2024, (string?)null), RecomputeRequest.Of(Base64("""{"year":2024}""")));
    }

    [Theory]
    [InlineData("""{"year":2024,"county":"65230"}""")]
    [InlineData("""{"year":2024,"county":652302}""")]
    [InlineData("""{"year":2024,"county":"../2024"}""")]
    [InlineData("""{"county":"652302"}""")]
    public void Of_RecomputeRequestBadCounty_FormatException(string message)
    {
        Assert.Throws<FormatException>(() => RecomputeRequest.Of(message));
    }

    [Theory]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("eyJhIjoxfQ==", "{\"a\":1}")]
    [InlineData("W3siYSI6MX1d", "[{\"a\":1}]")]
    [InlineData("MjAyNA==", "MjAyNA==")]
    [InlineData("//79", "//79")]
    public void Decode_EitherEncoding_JsonOrUnchanged(string message, string expected)
    {
        Assert.Equal(expected, QueueMessageText.Decode(message));
    }
}
