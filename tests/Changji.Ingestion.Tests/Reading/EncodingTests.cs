using System.Text;
using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Reading;

public class EncodingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Csv_Utf8WithOrWithoutBom_IsRecognised(bool bom)
    {
        var bytes = Samples.Statistics().ToUtf8Csv(bom);
        Assert.Equal(bom, bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.Statistics.Count);
        Assert.Equal("昌吉市二六工镇九年一贯制学校", file.Statistics[1].SchoolName);
        Assert.Equal("宁边路街道", file.Statistics[0].Township);
    }

    [Fact]
    public void Csv_Gbk_IsRecognisedWithoutBeingTold()
    {
        var bytes = Samples.Statistics().ToCsv(Ingest.Gbk);
        Assert.ThrowsAny<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.Statistics.Count);
        Assert.Equal("昌吉市第一小学", file.Statistics[0].SchoolName);
        Assert.Equal("二六工镇", file.Statistics[1].Township);
    }

    [Fact]
    public void Csv_GbkCountyFile_ReadsJudgements()
    {
        var file = Ingest.Bytes(Samples.County().ToCsv(Ingest.Gbk), "2024/县级指标数据.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.True(file.Figures.Single(f => f.Code == "G1").Judgement);
    }

    [Fact]
    public void Csv_BytesNeitherUtf8NorGb18030_RejectedAtTheBadLine()
    {
        var good = Samples.Funding().ToUtf8Csv();
        byte[] garbage = [0x81, 0x20, 0xFF, 0xFE, 0x80, 0x0A];
        var file = Ingest.Bytes([.. good, .. garbage], "2024/经费.csv");

        Assert.True(file.Rejected);
        Assert.Empty(file.Funding);
        var finding = FindingAssert.Single(file, FindingCodes.BadEncoding, 4, null);
        Assert.Contains("GB18030", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Utf16_IsRejectedAsBadEncoding()
    {
        var file = Ingest.Bytes(Samples.Funding().ToCsv(new UnicodeEncoding(false, false)), "2024/经费.csv");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.BadEncoding, 1, null);
    }

    [Fact]
    public void Csv_WrongEncodingMojibake_IsRejectedAsUnknownKind()
    {
        // Big5 bytes decode as GB18030 without error but into nonsense: no header is recognised.
        var file = Ingest.Bytes(Samples.Funding().ToCsv(Ingest.Named("big5")), "2024/经费.csv");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnknownKind, 1, null);
    }
}
