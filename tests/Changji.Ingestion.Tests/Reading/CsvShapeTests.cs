using System.Text;
using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>Line endings, quoting, long cells and encodings as CSV exports deliver them.</summary>
public class CsvShapeTests
{
    [Fact]
    public void Csv_CrLfLfAndCr_GiveTheSameRows()
    {
        var text = Encoding.UTF8.GetString(Samples.Statistics().ToUtf8Csv()).ReplaceLineEndings("\n");
        var lf = Ingest.Bytes(Encoding.UTF8.GetBytes(text), "2024/a.csv");
        var crlf = Ingest.Bytes(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")), "2024/a.csv");
        var cr = Ingest.Bytes(Encoding.UTF8.GetBytes(text.Replace('\n', '\r')), "2024/a.csv");

        Assert.Empty(lf.Findings);
        Assert.Empty(crlf.Findings);
        Assert.Empty(cr.Findings);
        Assert.Equal(3, lf.RowsAccepted);
        Assert.Equal(lf.Statistics, crlf.Statistics);
        Assert.Equal(lf.Statistics, cr.Statistics);
    }

    [Fact]
    public void Csv_QuotedCommasAndNewlines_StayInOneCellAndRowNumbersCountRecords()
    {
        var table = Samples.County()
            .With(2, "说明", "昌市教〔2024〕12号,\r\n第二页")
            .With(3, "说明", "含\"引号\",和逗号")
            .With(5, "数值", -1);

        var file = Ingest.Bytes(table.ToCsv(Ingest.Gbk), "2024/县级.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal("昌市教〔2024〕12号,\r\n第二页", file.Figures[0].Note);
        Assert.Equal("含\"引号\",和逗号", file.Figures[1].Note);
        // Row 5 as the steward sees it in Excel, even though row 2 spans two lines of text.
        FindingAssert.Single(file, FindingCodes.NegativeValue, 5, "数值");
    }

    [Fact]
    public void Csv_BlankLineBetweenRecords_KeepsSheetRowNumbers()
    {
        var text = Encoding.UTF8.GetString(Samples.County().With(4, "数值", "abc").ToUtf8Csv());
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        lines.Insert(2, string.Empty);

        var file = Ingest.Bytes(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)), "2024/县级.csv");

        Assert.Equal(6, file.RowsRead);
        FindingAssert.Single(file, FindingCodes.NotANumber, 5, "数值");
    }

    [Fact]
    public void Csv_VeryLongCell_RejectsOnlyItsRowOrKeepsIt()
    {
        var longNote = new string('证', 200_000);
        var table = Samples.County().With(2, "说明", longNote).With(3, "数值", new string('9', 100_000) + "x");

        var file = Ingest.Bytes(table.ToCsv(Ingest.Gbk), "2024/县级.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(longNote, file.Figures[0].Note);
        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 3, "数值");
        Assert.True(finding.MessageZh.Length < 300, finding.MessageZh);
    }

    [Fact]
    public void Csv_Utf8BomFollowedByGbkBody_IsRejectedSayingBomAndContentDisagree()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Samples.County().ToCsv(Ingest.Gbk)).ToArray();

        var file = Ingest.Bytes(bytes, "2024/县级.csv");

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.BadEncoding, 1, null);
        // The body is valid GBK: say that the BOM and the content disagree, not that nothing fits.
        Assert.Contains("BOM", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("GB18030", finding.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("无法按", finding.MessageZh, StringComparison.Ordinal);
        Assert.Empty(file.Figures);
    }

    [Fact]
    public void Csv_UnclosedQuoteBeforeALongTail_IsRejectedNamingTheRow()
    {
        var bytes = Encoding.UTF8.GetBytes("学年,指标代码,数值,说明\n2024,G1,是,\"昌市教\n" + new string('x', 17_000_000));

        var file = Ingest.Bytes(bytes, "2024/县级.csv");

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.UnreadableFile, 2, null);
        Assert.Contains("\"", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Gb18030WithTrailingEmptyHeaderColumns_IsRead()
    {
        var text = Encoding.UTF8.GetString(Samples.Funding().ToUtf8Csv());
        var lines = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l + ",,,").ToList();

        var file = Ingest.Bytes(Ingest.Gbk.GetBytes(string.Join("\r\n", lines) + "\r\n,,,,,,,,,\r\n"), "2024/经费.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(2, file.RowsAccepted);
    }

    [Fact]
    public void Csv_VeryLongUnknownHeader_KeepsTheWarningReadable()
    {
        var table = Samples.Funding();
        table = new Table([.. table.Headers, new string('备', 5_000)], table.Rows.Select(r => (object?[])[.. r, null]).ToList());

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        var warning = Assert.Single(file.Findings);
        Assert.Equal(FindingCodes.UnknownColumn, warning.Code);
        Assert.True(warning.MessageZh.Length < 300, warning.MessageZh);
    }
}
