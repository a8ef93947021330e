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
}
