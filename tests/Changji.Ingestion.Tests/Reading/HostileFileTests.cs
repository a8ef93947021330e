using System.IO.Compression;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>
/// Files built to exhaust memory, time or the report — a zip bomb, far too many rows, a finding on
/// every row — are refused or summarised by design, each with one clear finding.
/// </summary>
public class HostileFileTests
{
    private static readonly object?[] School = [.. Samples.Statistics().Rows[0]];

    /// <summary>Row 2's school with a negative 小学教学班数: one negative_count per row.</summary>
    private static IReadOnlyList<object?> BadRow(int _)
    {
        var row = (object?[])School.Clone();
        row[Samples.StatisticsHeaders.ToList().IndexOf("小学教学班数")] = -3;
        return row;
    }

    [Fact]
    public void ZipBomb_RepetitiveSheetCompressingTiny_IsRefusedBeforeParsing()
    {
        // ~60 MB of identical rows in well under 1 MB: the ratio of a bomb, not of a sheet.
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 200_000, BadRow, CompressionLevel.SmallestSize);
        Assert.True(bytes.Length < 2_000_000, $"{bytes.Length} bytes");

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        Assert.Equal(0, file.RowsRead);
        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains("xl/worksheets/sheet1.xml", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("解压后过大", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", finding.MessageZh, StringComparison.Ordinal);
        Assert.Single(file.Findings);
    }

    [Fact]
    public void PartOverUnpackedLimit_IsRefusedNamingTheLimit()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 3_000, BadRow);
        var options = new IngestionOptions { MaxUnpackedPartBytes = 100_000 };

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx", options: options);

        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains("100000 字节", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeSharedStringsTable_RealStrings_IsReadNotTakenForABomb()
    {
        // 300 000 unique strings (~12 MB of XML) the sheet never uses: large, but it is what it says.
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 1, i => School, sharedStrings: 300_000);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Single(file.Statistics);
    }

    [Fact]
    public void HugeSharedStringsTable_OverThePartLimit_IsRefused()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 1, i => School, sharedStrings: 300_000);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx", options: new IngestionOptions { MaxUnpackedPartBytes = 4_000_000 });

        var finding = FindingAssert.Single(file, "unpacked_too_large", null, null);
        Assert.Contains("xl/sharedStrings.xml", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsOverMaxRows_FileIsRefusedWithOneFindingAtTheFirstRowPast()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 5_000, BadRow);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx", options: new IngestionOptions { MaxRows = 1_000 });

        Assert.True(file.Rejected);
        Assert.Equal(1_000, file.RowsRead);
        var finding = FindingAssert.Single(file, "too_many_rows", 1_002, null);
        Assert.Contains("超过 1000 行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Empty(file.Statistics);
    }

    [Fact]
    public void RowsAtMaxRows_AreRead()
    {
        var bytes = Samples.Statistics().ToXlsx();

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx", options: new IngestionOptions { MaxRows = 3 });

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.Statistics.Count);
    }

    [Fact]
    public void ManyBadRows_FindingsCappedPerCode_PlusOneSummaryLine()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 20_000, BadRow);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx");

        Assert.Equal(20_000, file.RowsRead);
        Assert.Equal(20_000, file.RowsRejected);
        var negative = file.Findings.Where(f => f.Code == "negative_count").ToList();
        Assert.Equal(201, negative.Count);
        Assert.All(negative.Take(200), f => Assert.NotNull(f.Row));
        var summary = negative[^1];
        Assert.Null(summary.Row);
        Assert.Equal("19 800", summary.Value);
        Assert.Contains("另有 19 800 行同类问题", summary.MessageZh, StringComparison.Ordinal);
        Assert.Contains("工作表 学校基础数据", summary.MessageZh, StringComparison.Ordinal);
        Assert.Contains("前 200 条", summary.MessageZh, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, summary.Severity);
        Assert.True(file.Findings.Count < 1_000, $"{file.Findings.Count} findings");
    }

    [Fact]
    public void ManyBadRows_LoweredCap_KeepsThatMany()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 50, BadRow);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx", options: new IngestionOptions { MaxFindingsPerCode = 10 });

        var negative = file.Findings.Where(f => f.Code == "negative_count").ToList();
        Assert.Equal(11, negative.Count);
        Assert.Contains("另有 40 行同类问题", negative[^1].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void FewBadRows_UnderTheCap_HaveNoSummary()
    {
        var bytes = BigXlsx.Write(Samples.StatisticsHeaders, 5, BadRow);

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xlsx");

        Assert.Equal(5, file.Findings.Count(f => f.Code == "negative_count"));
        Assert.All(file.Findings, f => Assert.NotNull(f.Row));
    }
}
