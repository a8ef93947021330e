using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 13, points 4–6: the CV page per level, a school profile that works for every school type, which schools lack what.</summary>
public sealed class CvAndSchoolPageTests
{
    private static string Dax(string measure) => Project.Model.AllMeasures.Single(x => x.Measure.Name == measure).Measure.Expression;

    [Fact]
    public void LevelSlicer_IsSingleSelect_DefaultsTo小学_AndOffersNo县域()
    {
        var slicer = ReportFiles.Visual("cv", "level_slicer");
        var saved = slicer.GetProperty("visual").GetProperty("objects").GetProperty("general")[0].GetRawText();
        var offered = slicer.GetProperty("filterConfig").GetRawText();

        Assert.Equal("true", ReportFiles.Literal(slicer, "selection", "strictSingleSelect"));
        Assert.Contains("'小学'", saved, StringComparison.Ordinal);
        Assert.Contains("'小学'", offered, StringComparison.Ordinal);
        Assert.Contains("'初中'", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("县域", offered, StringComparison.Ordinal);
    }

    [Fact]
    public void LimitLine_FollowsTheSelectedLevel()
    {
        // The limit is the level's own (小学 0.50, 初中 0.45): the trend plots it beside the CV, and the level slicer reaches it through dim_level.
        Assert.Contains("_Measures.差异系数限值", ReportFiles.Refs("cv", "cv_limit_trend"));
        Assert.Contains("fact_county_variation[cv_limit]", Dax("差异系数限值"), StringComparison.Ordinal);
        Assert.Contains(Project.Model.Relationships, r => r.FromTable == "fact_county_variation" && r.FromColumn == "level" && r.ToTable == "dim_level" && r.IsActive);
    }

    [Fact]
    public void MissingCv_IsListedAs数据缺失_NotAsExceedingTheLimit()
    {
        Assert.Contains("fact_county_variation[status] = \"not_met\"", Dax("差异系数超限项"), StringComparison.Ordinal);
        Assert.DoesNotContain("passed", Dax("差异系数超限项"), StringComparison.Ordinal);
        Assert.Contains("fact_county_variation[status] = \"missing\"", Dax("差异系数缺失项"), StringComparison.Ordinal);
        Assert.Contains("数据缺失", Dax("差异系数缺失项"), StringComparison.Ordinal);
        Assert.Equal(["_Measures.差异系数缺失项"], ReportFiles.Refs("cv", "cv_missing"));
        Assert.Contains("_Measures.差异系数状态", ReportFiles.Refs("cv", "cv_table"));
    }

    [Fact]
    public void AttainmentBars_CarryTheLevelOnTheSeries()
    {
        // 九年一贯制 and 完全中学 have two levels: without the level on the series each bar is blank (two rows, no single value).
        var series = Projection.In(ReportFiles.VisualFile("school_profile", "attainment_bar")).Where(p => p.Role == "Series").Select(p => p.QueryRef);

        Assert.Equal(["dim_level.level_zh"], series);
    }

    [Fact]
    public void SchoolMisses_AreNamed_AndTheReasonIsGiven()
    {
        Assert.Contains("RELATED(dim_indicator[name_zh])", Dax("学校未达标指标"), StringComparison.Ordinal);
        var reason = Dax("学校未达标原因");
        Assert.Contains("fact_school_compliance[indicators_met] < 6", reason, StringComparison.Ordinal);
        Assert.Contains("fact_school_compliance[below_floor]", reason, StringComparison.Ordinal);
        Assert.Contains("85%", reason, StringComparison.Ordinal);
        Assert.Equal(["_Measures.学校未达标原因"], ReportFiles.Refs("school_profile", "school_reasons"));
    }

    [Theory]
    [InlineData("L1教师缺口（人）")]
    [InlineData("L2教师缺口（人）")]
    [InlineData("L3教师缺口（人）")]
    [InlineData("多媒体教室缺口（间）")]
    public void TeacherAndRoomGaps_AreWholeUnitsPerSchoolLevelAndIndicator(string measure)
    {
        Assert.Contains("ROUNDUP(fact_school_indicator[gap], 0)", Dax(measure), StringComparison.Ordinal);
        Assert.Contains("SUMX(", Dax(measure), StringComparison.Ordinal);
    }

    [Fact]
    public void TeacherGaps_OfL1ToL3_AreNeverSummedIntoOneNumber()
    {
        Assert.DoesNotContain(Project.Model.AllMeasures, x => x.Measure.Expression.Contains("dim_indicator[gap_unit] = \"人\"", StringComparison.Ordinal));
        var card = Dax("教师缺口（人）（卡片）");
        Assert.All(["[L1教师缺口（人）]", "[L2教师缺口（人）]", "[L3教师缺口（人）]"], m => Assert.Contains(m, card, StringComparison.Ordinal));
        Assert.DoesNotContain("] + [", card, StringComparison.Ordinal);
        Assert.Contains("ROUNDUP", Dax("缺口"), StringComparison.Ordinal);
    }

    [Fact]
    public void SchoolMatrix_ShowsEverySchoolAgainstL1ToL7AsIcons()
    {
        var matrix = Projection.In(ReportFiles.VisualFile("school_matrix", "school_matrix"));

        Assert.Equal(["dim_school.school_name", "dim_level.level_zh"], matrix.Where(p => p.Role == "Rows").Select(p => p.QueryRef));
        Assert.Equal(["dim_indicator.indicator_code"], matrix.Where(p => p.Role == "Columns").Select(p => p.QueryRef));
        Assert.Equal(["_Measures.指标状态图标"], matrix.Where(p => p.Role == "Values").Select(p => p.QueryRef));
        Assert.All(["✔ 达标", "✘ 未达标", "▼ 低于85%", "？ 数据缺失"], icon => Assert.Contains(icon, Dax("指标状态图标"), StringComparison.Ordinal));
        var summary = ReportFiles.Refs("school_matrix", "school_summary");
        Assert.Contains("_Measures.学校结论", summary);
        Assert.Contains("_Measures.L1教师缺口（人）", summary);
        // dim_school has no relationship to dim_county: the list keeps only schools evaluated in the selected county and year.
        Assert.Contains("参评学校数", ReportFiles.Visual("school_matrix", "school_summary").GetProperty("filterConfig").GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urban_rural_slicer", "dim_school.urban_rural")]
    [InlineData("township_slicer", "dim_school.township")]
    [InlineData("school_type_slicer", "dim_school.school_type")]
    public void SchoolMatrix_HasTheUrbanRuralTownshipAndTypeSlicers(string visual, string queryRef)
    {
        Assert.Equal([queryRef], ReportFiles.Refs("school_matrix", visual));
    }

    [Fact]
    public void SchoolProfile_IsADrillThroughPageBoundToDimSchool()
    {
        var page = ReportFiles.Page("school_profile");
        var binding = page.GetProperty("pageBinding");
        var parameter = binding.GetProperty("parameters")[0];
        var filter = Assert.Single(page.GetProperty("filterConfig").GetProperty("filters").EnumerateArray());

        Assert.Equal("Drillthrough", binding.GetProperty("type").GetString());
        Assert.Equal("dim_school", parameter.GetProperty("fieldExpr").GetProperty("Column").GetProperty("Expression").GetProperty("SourceRef").GetProperty("Entity").GetString());
        Assert.Equal(filter.GetProperty("name").GetString(), parameter.GetProperty("boundFilter").GetString());
        // The matrix rows carry the same field, so right-click → 钻取 → 学校画像 is offered there.
        Assert.Contains(parameter.GetProperty("fieldExpr").GetProperty("Column").GetProperty("Property").GetString() is { } p ? $"dim_school.{p}" : "", ReportFiles.Refs("school_matrix", "school_matrix"));
    }
}
