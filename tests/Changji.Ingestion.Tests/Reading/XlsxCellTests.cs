using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>What Excel exports actually contain: numbers as text, dates, booleans, formatted blank rows and columns.</summary>
public class XlsxCellTests
{
    private static IngestedFile Read(List<List<RawCell?>> rows) => Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

    [Fact]
    public void Xlsx_NumbersStoredAsText_AreRead()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        for (var c = 7; c < rows[1].Count; c++)
        {
            if (rows[1][c] is RawCell.Number n)
            {
                rows[1][c] = new RawCell.Text(" " + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ");
            }
        }
        rows[1][0] = new RawCell.Text("2024");

        var file = Read(rows);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(Ingest.Xlsx(Samples.Statistics()).Statistics, file.Statistics);
    }

    [Fact]
    public void Xlsx_StyledBlankRowsBelowData_AreNotErrors()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        var width = rows[0].Count;
        for (var i = 0; i < 50; i++)
        {
            rows.Add(Enumerable.Range(0, width).Select(c => c % 3 == 0 ? (RawCell?)new RawCell.Styled() : new RawCell.Text(c % 3 == 1 ? "" : "  ")).ToList());
        }

        var file = Read(rows);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(3, file.RowsRead);
    }

    [Fact]
    public void Xlsx_HeaderWithTrailingEmptyColumns_IsRead()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        foreach (var row in rows)
        {
            row.AddRange([new RawCell.Styled(), new RawCell.Text(""), null, new RawCell.Styled()]);
        }

        var file = Read(rows);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(3, file.RowsAccepted);
    }

    [Fact]
    public void Xlsx_DateWhereCountExpected_RejectsRowSayingItIsADate()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][7] = new RawCell.Date(1200);

        var file = Read(rows);

        Assert.False(file.Rejected);
        Assert.Equal(2, file.RowsAccepted);
        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 2, "小学在校生数");
        Assert.Contains("日期", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_BooleanWhereCountExpected_RejectsRowSayingItIsTrueFalse()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[2][8] = new RawCell.Boolean(true);

        var file = Read(rows);

        Assert.False(file.Rejected);
        Assert.Equal(2, file.RowsAccepted);
        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 3, "初中在校生数");
        Assert.Contains("TRUE", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(-1e12)]
    [InlineData(1e12)]
    [InlineData(3e6)]
    public void Xlsx_DateFormattedNumberOutsideExcelDates_IsACellProblemNotAnUnreadableFile(double serial)
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][26] = new RawCell.Date(serial);

        var file = Read(rows);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.RowsRead);
        Assert.InRange(file.RowsAccepted, 2, 3);
        Assert.All(file.Findings, f => Assert.Equal(2, f.Row));
    }

    [Fact]
    public void Xlsx_VeryLongCell_IsKeptAndMessagesStayShort()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][2] = new RawCell.Text(new string('校', 32_000));
        rows[2][7] = new RawCell.Text(new string('9', 20_000) + "x");

        var file = Read(rows);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(32_000, file.Statistics[0].SchoolName.Length);
        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 3, "小学在校生数");
        Assert.True(finding.MessageZh.Length < 300, finding.MessageZh);
    }

    [Fact]
    public void Xlsx_FirstSheetHoldsDataAndAnotherSheetIsUnrelated_ReadsFirstSheet()
    {
        var bytes = FundingFirst();

        var file = Ingest.Bytes(bytes, "2024/经费.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Funding, file.Kind);
        Assert.Equal("经费", file.Sheet);
    }

    [Fact]
    public void Xlsx_SheetNamedFundingAfterInstructions_IsRead()
    {
        var file = Ingest.Bytes(Samples.Funding().ToXlsxAfter("填表说明", "学校经费数据"), "2024/经费.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal("学校经费数据", file.Sheet);
        Assert.Equal(2, file.RowsAccepted);
    }

    private static byte[] FundingFirst()
    {
        var sheets = new Dictionary<string, object>
        {
            ["经费"] = Samples.Funding().Rows.Select(r => Samples.Funding().Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList(),
            ["备注"] = new List<Dictionary<string, object?>> { new() { ["说明"] = "无" } },
        };
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }
}
