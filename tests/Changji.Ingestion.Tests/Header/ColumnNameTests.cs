namespace Changji.Ingestion.Tests.Header;

/// <summary>Every column of every kind, under its Chinese name and under its alias written loosely (docs/input-files.md §1–§3).</summary>
public class ColumnNameTests
{
    [Fact]
    public void Statistics_AliasesUpperCaseWithSpaces_GiveTheSameFactsAsChineseNames()
    {
        var chinese = Ingest.Csv(Samples.Statistics());
        var loose = Samples.Statistics().Renamed(h => "  " + Samples.StatisticsAliases[Samples.StatisticsHeaders.ToList().IndexOf(h)].ToUpperInvariant().Replace('_', ' ') + " ");

        var file = Ingest.Xlsx(loose);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(chinese.Statistics, file.Statistics);
    }

    [Fact]
    public void Statistics_HalfWidthParenthesesAndColon_GiveTheSameFactsAsFullWidth()
    {
        var chinese = Ingest.Csv(Samples.Statistics());
        var half = Samples.Statistics().Renamed(h => h.Replace('（', '(').Replace('）', ')').Replace('：', ':'));

        var file = Ingest.Csv(half);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(chinese.Statistics, file.Statistics);
        Assert.Equal("宁边路街道", file.Statistics[0].Township);
        Assert.Equal(600d, file.Statistics[0].IndoorSportsAreaM2);
    }

    [Fact]
    public void Funding_AliasesMixedCase_ReadTheSameAmounts()
    {
        var table = Samples.Funding().Renamed(h => h switch
        {
            "学年" => "Year",
            "学校标识码" => "School_Code",
            "学校名称" => "school name",
            "公用经费预算总额（元）" => "Public_Funds_Budget",
            "教师培训经费预算（元）" => "TRAINING_BUDGET",
            _ => "public funds allocated",
        });

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(Ingest.Csv(Samples.Funding()).Funding, file.Funding);
    }

    [Fact]
    public void County_Aliases_ReadTheSameFigures()
    {
        var table = Samples.County().Renamed(h => h switch { "学年" => "YEAR", "指标代码" => "Code", "数值" => " value ", _ => "Note" });

        var file = Ingest.Xlsx(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(Ingest.Xlsx(Samples.County()).Figures, file.Figures);
    }
}
