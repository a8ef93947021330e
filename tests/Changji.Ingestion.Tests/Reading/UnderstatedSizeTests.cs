using System.IO.Compression;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>
/// A zip whose headers understate how far a part expands passes every check made on declared sizes;
/// the limits must hold on the bytes actually inflated, counted while streaming.
/// </summary>
public class UnderstatedSizeTests
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    private static readonly object?[] School = [.. Samples.Statistics().Rows[0]];

    [Fact]
    public void UnderstatedPart_OverThePartLimit_IsRefusedWhileInflating()
    {
        var honest = BigXlsx.Write(Samples.StatisticsHeaders, 3_000, _ => School);
        var lying = ZipSizeLie.Declare(honest, Sheet, 1_000);
        var options = new IngestionOptions { MaxUnpackedPartBytes = 100_000 };

        var file = Ingest.Bytes(lying, "2024/学校基础数据.xlsx", options: options);

        Assert.True(file.Rejected);
        Assert.Equal(0, file.RowsRead);
        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains(Sheet, finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("解压后至少", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("声明的大小不实", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("不超过 100000 字节", finding.MessageZh, StringComparison.Ordinal);
        Assert.Single(file.Findings);
    }

    [Fact]
    public void UnderstatedZipBomb_IsRefusedByTheRatioOfWhatInflates()
    {
        // ~60 MB of identical rows declared as 1 000 bytes: the declared ratio is harmless, the real one a bomb's.
        var honest = BigXlsx.Write(Samples.StatisticsHeaders, 200_000, _ => School, CompressionLevel.SmallestSize);
        var lying = ZipSizeLie.Declare(honest, Sheet, 1_000);

        var file = Ingest.Bytes(lying, "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        Assert.Equal(0, file.RowsRead);
        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains(Sheet, finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", finding.MessageZh, StringComparison.Ordinal);
        Assert.Single(file.Findings);
    }

    [Fact]
    public void UnderstatedParts_TogetherOverTheTotalLimit_AreRefused()
    {
        // Each part under the part limit, both together over the total: counted across parts, not per part only.
        var honest = BigXlsx.Write(Samples.StatisticsHeaders, 3_000, _ => School, sharedStrings: 20_000);
        var lying = ZipSizeLie.Declare(ZipSizeLie.Declare(honest, Sheet, 1_000), "xl/sharedStrings.xml", 1_000);
        var options = new IngestionOptions { MaxUnpackedPartBytes = 4_000_000, MaxUnpackedTotalBytes = 1_500_000 };

        var file = Ingest.Bytes(lying, "2024/学校基础数据.xlsx", options: options);

        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains("合计不超过 1500000 字节", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderstatedPart_UnderTheLimits_IsUnreadableNotSilentlyCut()
    {
        // Within every limit the lie still may not pass as data: .NET stops inflating at the declared size.
        var honest = BigXlsx.Write(Samples.StatisticsHeaders, 300, _ => School);
        var lying = ZipSizeLie.Declare(honest, Sheet, 1_000);

        var file = Ingest.Bytes(lying, "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        Assert.Empty(file.Statistics);
        FindingAssert.Single(file, "unreadable_file", null, null);
    }
}
