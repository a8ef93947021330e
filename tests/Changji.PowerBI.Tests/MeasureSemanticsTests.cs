using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.PowerBI.Tests.Infrastructure;

namespace Changji.PowerBI.Tests;

/// <summary>DAX rules that keep the measures right under the report's slicers.</summary>
public sealed class MeasureSemanticsTests
{
    [Fact]
    public void Measures_ComparingWithLastYear_ClearTheYearSlicerFirst()
    {
        // The slicers filter dim_year[year_label]; `dim_year[year] = y - 1` alone keeps that filter and finds nothing.
        var shifting = Project.Model.AllMeasures.Where(x => x.Measure.Expression.Contains("y - 1", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(shifting);
        Assert.All(shifting, x => Assert.Contains("REMOVEFILTERS(dim_year)", x.Measure.Expression, StringComparison.Ordinal));
    }

    [Fact]
    public void DimStatus_Labels_AreTheEngineLabels()
    {
        var source = Assert.Single(Project.Model.Table("dim_status")!.Partitions).Source;

        Assert.All(Enum.GetValues<ItemStatus>(), s => Assert.Contains($"{{\"{s.ToCode()}\", \"{s.ToChinese()}\",", source, StringComparison.Ordinal));
    }

    private const string OpenAtEndOfYear = "fact_alert[opened_year] <= y, ISBLANK(fact_alert[resolved_year]) || fact_alert[resolved_year] > y";

    private static string Dax(string measure) =>
        Project.Model.AllMeasures.Single(x => x.Measure.Name == measure).Measure.Expression;

    [Fact]
    public void ThisYear_IsTheSelectedYearElseTheLatestEvaluatedYear()
    {
        var dax = Dax("本学年");

        Assert.Contains("HASONEVALUE(dim_year[year])", dax, StringComparison.Ordinal);
        Assert.Contains("dim_year[has_evaluation] = TRUE()", dax, StringComparison.Ordinal);
        Assert.Contains("RELATEDTABLE(fact_county_verdict)", Project.Model.Table("dim_year")!.Column("has_evaluation")!.Expression, StringComparison.Ordinal);
        Assert.DoesNotContain(Project.Model.AllMeasures, x => x.Measure.Expression.Contains("[当前年份]", StringComparison.Ordinal));
    }

    [Fact]
    public void YearLabel_ReadsAsASchoolYear()
    {
        var source = Assert.Single(Project.Model.Table("dim_year")!.Partitions).Source;

        Assert.Contains("Text.From([year]) & \"学年\"", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("未达标事项数")]
    [InlineData("参评学校数")]
    [InlineData("达标学校数")]
    [InlineData("差异系数达标项数")]
    [InlineData("待补数据事项")]
    [InlineData("学校未达标指标")]
    [InlineData("差异系数超限项")]
    public void EvaluationMeasures_ForAYearWithoutEvaluation_AreNotZeroOrNone(string measure)
    {
        // A year with only a late-submission alert or a rejected file must read 无数据 (or blank), never 0 or 无.
        Assert.Contains("[本学年有评估]", Dax(measure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本学年台账状态")]
    [InlineData("未销号预警数")]
    [InlineData("高等级未销号预警数")]
    [InlineData("逾期未整改数")]
    [InlineData("责任单位未销号数")]
    [InlineData("责任单位逾期数")]
    public void OpenAlertMeasures_CountWhatIsOpenAtTheEndOfTheYear_NotTheOpeningCohort(string measure)
    {
        var dax = Dax(measure);

        Assert.Contains(OpenAtEndOfYear, dax, StringComparison.Ordinal);
        Assert.Contains("REMOVEFILTERS(dim_year)", dax, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedInYear_UsesTheInactiveResolvedYearRelationship()
    {
        var inactive = Project.Model.Relationships.Where(r => !r.IsActive)
            .Select(r => $"{r.FromTable}.{r.FromColumn}->{r.ToTable}.{r.ToColumn}").Order(StringComparer.Ordinal);

        // Neither the opening nor the resolving year filters the alerts by itself: the year slicer must not reduce them to a cohort.
        Assert.Equal(["fact_alert.resolved_year->dim_year.year", "fact_alert.year->dim_year.year"], inactive);
        Assert.Contains("USERELATIONSHIP(fact_alert[year], dim_year[year])", Dax("新增预警数"), StringComparison.Ordinal);
        Assert.Contains("USERELATIONSHIP(fact_alert[resolved_year], dim_year[year])", Dax("已销号预警数"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("未销号预警较上年", "[未销号预警数]")]
    [InlineData("已销号预警较上年", "[已销号预警数]")]
    public void AlertYearOverYear_ComparesOpenAtYearEndAndResolvedInYear(string measure, string basis)
    {
        Assert.Contains(basis, Dax(measure), StringComparison.Ordinal);
    }

    [Fact]
    public void BridgeAlertUnit_SplitsResponsibleUnitsOnTheChineseEnumerationComma()
    {
        var table = Project.Model.Table("bridge_alert_unit")!;
        var source = Assert.Single(table.Partitions).Source;

        Assert.Equal(["alert_id", "unit"], table.Columns.Select(c => c.Name));
        Assert.Contains("Table.SelectColumns(fact_alert, {\"alert_id\", \"responsible_units\"})", source, StringComparison.Ordinal);
        Assert.Contains("Text.Split(_, \"、\")", source, StringComparison.Ordinal);
        Assert.Contains("TREATAS(VALUES(bridge_alert_unit[alert_id]), fact_alert[alert_id])", Dax("责任单位未销号数"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeijingTime_IsOpenedAtPlusEightHours()
    {
        var column = Project.Model.Table("fact_alert")!.Column("预警时间（北京时间）");

        Assert.Equal("fact_alert[opened_at] + TIME(8, 0, 0)", column?.Expression);
    }
}
