namespace Changji.Ingestion.Tests;

/// <summary>
/// The fuzz corpus's hand-made shapes (Support/HostileShapes.cs): files cut short, a 10 MB cell,
/// deep nesting, dangling shared strings, a NUL in a CSV. Each ends, well within a generous bound,
/// in a file with a clear finding — never an exception, never a hang, never rows quietly lost.
/// </summary>
public class HostileShapeFuzzTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static TheoryData<string, double> CutFiles() => new()
    {
        { "statistics.xlsx", 0.1 }, { "statistics.xlsx", 0.5 }, { "statistics.xlsx", 0.9 }, { "statistics.xlsx", 0.999 },
        { "学校基础数据-2024.xls", 0.1 }, { "学校基础数据-2024.xls", 0.5 }, { "学校基础数据-2024.xls", 0.9 }, { "学校基础数据-2024.xls", 0.999 },
    };

    [Theory]
    [MemberData(nameof(CutFiles))]
    public void Fuzz_WorkbookCutShort_IsUnreadable(string seed, double kept)
    {
        var whole = seed.EndsWith(".xls", StringComparison.Ordinal) ? Fixtures.Bytes(seed) : Samples.Statistics().ToXlsx("学校基础数据");

        var file = Within(whole[..(int)(whole.Length * kept)], "2024/学校基础数据" + Path.GetExtension(seed));

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, "unreadable_file", null, null);
        Assert.Contains("无法读取", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4100)] // inside a MULRK record of the sheet's rows
    [InlineData(4300)] // inside a drawing record after the rows
    [InlineData(4410)] // one byte short of the sheet's EOF record
    public void Fuzz_XlsWorkbookStreamCutMidRecord_IsRefusedAsTruncated(int length)
    {
        var file = Within(HostileShapes.XlsWorkbookCut(length), "2024/学校基础数据.xls");

        Assert.True(file.Rejected);
        Assert.Equal(0, file.RowsAccepted);
        var finding = FindingAssert.Single(file, "unreadable_file", null, null);
        Assert.Contains("在中途被截断", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuzz_XlsWholeWorkbookStream_IsNotTakenForCut()
    {
        var file = Within(HostileShapes.XlsWorkbookCut(4411), "2024/学校基础数据.xls");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.RowsAccepted);
    }

    [Fact]
    public void Fuzz_TenMegabyteCell_IsRefusedAtItsRow()
    {
        // 3.5 million varied Chinese characters: ~10 MB of sheet XML in one cell, compressing like text, not like a bomb.
        var file = Within(HostileShapes.HugeCell(3_500_000), "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, "unreadable_file", 2, null);
        Assert.Equal("3500000 个字符", finding.Value);
        Assert.Contains("超出 Excel 单元格的上限", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("32767 个字符", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuzz_CellAtExcelsLimit_IsRead()
    {
        var file = Within(HostileShapes.HugeCell(32_767), "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(32_767, file.Statistics[0].SchoolName.Length);
    }

    [Fact]
    public void Fuzz_DeeplyNestedXml_ReadsTheRestOfTheSheet()
    {
        // 100 000 nested rich-text runs in one cell: streamed, not recursed into; that cell reads as empty.
        var file = Within(HostileShapes.DeeplyNested(100_000), "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        FindingAssert.Single(file, "required_missing", 2, "学校名称");
        Assert.Equal(2, file.RowsAccepted);
    }

    [Fact]
    public void Fuzz_SharedStringIndexesMissing_RejectEveryRowWithFindings()
    {
        var file = Within(HostileShapes.DanglingSharedStrings(), "2024/学校基础数据.xlsx");

        Assert.Equal(3, file.RowsRead);
        Assert.Equal(0, file.RowsAccepted);
        Assert.All([2, 3, 4], row => Assert.Contains(file.Findings, f => f.Code == "invalid_school_code" && f.Row == row));
    }

    [Fact]
    public void Fuzz_CsvWithNulInTheMiddle_IsRefusedAtItsLine()
    {
        var file = Within(HostileShapes.CsvWithNul(), "2024/学校基础数据.csv");

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, "bad_encoding", 2, null);
        Assert.Contains("第 2 行", finding.MessageZh, StringComparison.Ordinal);
    }

    /// <summary>Reads on a worker thread and fails, rather than hangs, past a bound far above any real read.</summary>
    private static IngestedFile Within(byte[] bytes, string name)
    {
        var read = Task.Run(() => Ingest.Bytes(bytes, name));
        Assert.True(read.Wait(Bound), $"{name}: still reading after {Bound}");
        Assert.All(read.Result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.MessageZh)));
        return read.Result;
    }
}
