using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>Formulas are never evaluated: xlsx gives Excel's cached value, CSV gives the text.</summary>
public class FormulaTests
{
    private const string Hyperlink = "HYPERLINK(\"http://x\",\"y\")";

    [Fact]
    public void Xlsx_FormulaInTextCell_YieldsCachedText()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][2] = new RawCell.Formula(Hyperlink, "昌吉市第一小学");
        rows[2][2] = new RawCell.Formula(Hyperlink, "y");

        var file = Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal("昌吉市第一小学", file.Statistics[0].SchoolName);
        Assert.Equal("y", file.Statistics[1].SchoolName);
    }

    [Fact]
    public void Xlsx_FormulaInNumberCell_YieldsCachedNumber()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][7] = new RawCell.NumericFormula("SUM(1200,0)", 1200);

        var file = Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

        Assert.Empty(file.Findings);
        Assert.Equal(1200, file.Statistics[0].PrimaryStudents);
    }

    [Fact]
    public void Xlsx_FormulaCachingTextWhereNumberExpected_RejectsRow()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[3][8] = new RawCell.Formula(Hyperlink, "y");

        var file = Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 4, "初中在校生数");
        Assert.Equal("y", finding.Value);
        Assert.Equal(2, file.Statistics.Count);
    }

    [Fact]
    public void Csv_FormulaTextInTextField_IsKeptAsText()
    {
        var table = Samples.Statistics().With(2, "学校名称", "=" + Hyperlink).With(3, "乡镇（街道）", "=1+1");

        var file = Ingest.Csv(table);

        Assert.Empty(file.Findings);
        Assert.Equal("=" + Hyperlink, file.Statistics[0].SchoolName);
        Assert.Equal("=1+1", file.Statistics[1].Township);
    }

    [Fact]
    public void Csv_FormulaTextWhereNumberExpected_RejectsRow()
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, "小学在校生数", "=" + Hyperlink));

        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 3, "小学在校生数");
        Assert.Equal("=" + Hyperlink, finding.Value);
        Assert.Equal(2, file.Statistics.Count);
    }
    [Fact]
    public void Xlsx_NumericFormulaInTextCell_IsStoredAsItsText()
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][2] = new RawCell.NumericFormula("1+1", 2);
        rows[2][6] = new RawCell.NumericFormula("SUM(1,2)", 3);

        var file = Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

        Assert.Empty(file.Findings);
        Assert.Equal("2", file.Statistics[0].SchoolName);
        Assert.Equal("3", file.Statistics[1].Township);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    public void Xlsx_FormulaLikeTextInTextCells_IsKeptVerbatim(string text)
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][2] = new RawCell.Text(text);
        rows[2][6] = new RawCell.Text(text);

        var file = Ingest.Bytes(RawXlsx.Write("学校基础数据", rows), "2024/学校基础数据.xlsx");

        Assert.Empty(file.Findings);
        Assert.Equal(text, file.Statistics[0].SchoolName);
        Assert.Equal(text, file.Statistics[1].Township);
    }

    [Theory]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("=cmd|' /C calc'!A0")]
    public void Csv_FormulaLikeTextInTextFields_IsKeptVerbatim(string text)
    {
        var statistics = Ingest.Csv(Samples.Statistics().With(2, "学校名称", text).With(3, "乡镇（街道）", text));
        var county = Ingest.Csv(Samples.County().With(3, "说明", text));

        Assert.Empty(statistics.Findings);
        Assert.Equal(text, statistics.Statistics[0].SchoolName);
        Assert.Equal(text, statistics.Statistics[1].Township);
        Assert.Empty(county.Findings);
        Assert.Equal(text, county.Figures.Single(f => f.Code == "teacher_avg_salary").Note);
    }

    [Fact]
    public void Xlsx_NumericFormulaInCountyNote_IsStoredAsText()
    {
        var rows = RawXlsx.FromTable(Samples.County());
        rows[2][3] = new RawCell.NumericFormula("2024+1", 2025);

        var file = Ingest.Bytes(RawXlsx.Write("县级指标数据", rows), "2024/县级指标数据.xlsx");

        Assert.Empty(file.Findings);
        Assert.Equal("2025", file.Figures.Single(f => f.Code == "teacher_avg_salary").Note);
    }
}
