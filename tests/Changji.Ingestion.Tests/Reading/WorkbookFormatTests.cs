namespace Changji.Ingestion.Tests.Reading;

/// <summary>Excel 97-2003, macro-enabled and WPS workbooks go through the same header and row rules as xlsx.</summary>
public class WorkbookFormatTests
{
    private const string Stem = "学校基础数据-2024";

    [Fact]
    public void Xls_StatisticsTwinOfCsv_GivesExactlyTheCsvsFactsAndFindings()
    {
        var csv = Ingest.Bytes(Fixtures.Bytes(Stem + ".csv"), "2024/学校基础数据.csv");
        var xls = Ingest.Bytes(Fixtures.Bytes(Stem + ".xls"), "2024/学校基础数据.xls");

        Assert.Equal(3, csv.Statistics.Count);
        Assert.Equal(FileKind.Statistics, xls.Kind);
        Assert.False(xls.Rejected, FindingAssert.Describe(xls));
        Assert.Equal(csv.Statistics, xls.Statistics);
        Assert.Equal(csv.RowsRead, xls.RowsRead);
        Assert.Equal(csv.RejectedKeys, xls.RejectedKeys);
        Assert.Equal(
            csv.Findings.Select(f => (f.Code, f.Row, f.Column, f.Value)),
            xls.Findings.Select(f => (f.Code, f.Row, f.Column, f.Value)));
        FindingAssert.Single(xls, "negative_count", 5, "小学在校生数");
    }

    [Fact]
    public void Xls_UnderCsvOrXlsxName_IsReadAsTheWorkbookItIs()
    {
        var bytes = Fixtures.Bytes(Stem + ".xls");
        var csv = Ingest.Bytes(Fixtures.Bytes(Stem + ".csv"), "2024/学校基础数据.csv");

        Assert.Equal(csv.Statistics, Ingest.Bytes(bytes, "2024/学校基础数据.csv").Statistics);
        Assert.Equal(csv.Statistics, Ingest.Bytes(bytes, "2024/学校基础数据.xlsx").Statistics);
    }

    [Fact]
    public void Xlsm_MacroEnabledWorkbook_IsReadAsAWorkbook()
    {
        var csv = Ingest.Bytes(Fixtures.Bytes(Stem + ".csv"), "2024/学校基础数据.csv");
        var xlsm = Ingest.Bytes(Fixtures.Bytes(Stem + ".xlsm"), "2024/学校基础数据.xlsm");

        Assert.False(xlsm.Rejected, FindingAssert.Describe(xlsm));
        Assert.Equal(csv.Statistics, xlsm.Statistics);
        FindingAssert.Single(xlsm, "negative_count", 5, "小学在校生数");
    }

    [Fact]
    public void Et_BiffInside_IsRead()
    {
        var et = Ingest.Bytes(Fixtures.Bytes(Stem + ".xls"), "2024/学校基础数据.et");

        Assert.False(et.Rejected, FindingAssert.Describe(et));
        Assert.Equal(3, et.Statistics.Count);
    }

    [Fact]
    public void Et_WpsOwnFormat_IsRefusedAskingForXlsxOrXls()
    {
        // A compound file without a workbook stream: what the reader makes of a WPS-only .et.
        var et = Ingest.Bytes(RawCompoundFile.Write("WpsContent"), "2024/学校基础数据.et");

        Assert.True(et.Rejected);
        var finding = FindingAssert.Single(et, "unsupported_format", null, null);
        Assert.Contains("另存为 .xlsx 或 .xls", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Xls_Damaged_IsUnreadableNotACrash()
    {
        var bytes = Fixtures.Bytes(Stem + ".xls")[..2048];

        var file = Ingest.Bytes(bytes, "2024/学校基础数据.xls");

        Assert.True(file.Rejected);
        Assert.Contains(file.Findings, f => f.Code == "unreadable_file");
    }

    [Theory]
    [InlineData("2024/学校基础数据.docx")]
    [InlineData("2024/学校基础数据.xlsb")]
    public void OtherExtension_Workbook_IsStillUnsupported(string name)
    {
        var file = Ingest.Bytes(Fixtures.Bytes(Stem + ".xls"), name);

        var finding = FindingAssert.Single(file, "unsupported_format", null, null);
        Assert.Contains(".xls", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Xls_TextBytesUnderXlsName_IsUnreadable()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "2024/经费.xls");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, "unreadable_file", null, null);
    }
}
