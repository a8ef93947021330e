using System.Text.Json;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 13, points 7–10: county items, colours against thresholds and a theme, the road to 2029, data as of.</summary>
public sealed class FormattingAndProgressTests
{
    private const string Green = "#2E7D32";
    private const string Red = "#C62828";
    private const string Amber = "#F9A825";

    private static string Dax(string measure) => Project.Model.AllMeasures.Single(x => x.Measure.Name == measure).Measure.Expression;

    private static string ReportRoot => Path.GetDirectoryName(RepoPaths.ReportDefinition)!;

    [Fact]
    public void CountyItems_AreATableOfValueThresholdStatusAndNote()
    {
        var refs = ReportFiles.Refs("county_overview", "county_items");
        var filter = ReportFiles.Visual("county_overview", "county_items").GetProperty("filterConfig").GetRawText();

        Assert.Equal(["dim_indicator.indicator_code", "dim_indicator.name_zh", "dim_indicator.area_zh", "_Measures.县级指标值", "_Measures.县级指标标准", "dim_indicator.unit", "_Measures.县级指标结论", "_Measures.县级指标说明"], refs);
        Assert.Contains("'county'", filter, StringComparison.Ordinal);
        Assert.Contains("fact_county_indicator[note]", Dax("县级指标说明"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cv", "cv_table", "差异系数颜色")]
    [InlineData("school_profile", "indicator_table", "指标值颜色")]
    [InlineData("school_profile", "school_verdict", "学校结论颜色")]
    [InlineData("county_overview", "overall_verdict", "县域总体结论颜色")]
    [InlineData("county_overview", "county_items", "县级指标结论颜色")]
    [InlineData("alerts", "alert_ledger", "预警严重程度颜色")]
    [InlineData("school_matrix", "school_matrix", "指标状态图标颜色")]
    [InlineData("school_matrix", "school_summary", "学校结论颜色")]
    [InlineData("region", "county_matrix", "领域结论颜色")]
    [InlineData("on_track", "area_verdicts", "领域结论颜色")]
    public void NamedVisuals_AreColouredByTheirStatusMeasure(string page, string visual, string measure)
    {
        var json = ReportFiles.Visual(page, visual);

        Assert.Contains(measure, ReportFiles.ColourMeasures(json));
        // A table's colour rule needs the wildcard selector to colour each row, not only the total.
        if (json.GetProperty("visual").GetProperty("objects").TryGetProperty("values", out var values))
        {
            Assert.All(values.EnumerateArray(), rule => Assert.Equal(1, rule.GetProperty("selector").GetProperty("data")[0].GetProperty("dataViewWildcard").GetProperty("matchingOption").GetInt32()));
        }
    }

    [Theory]
    [InlineData("差异系数颜色")]
    [InlineData("县级指标结论颜色")]
    [InlineData("县域总体结论颜色")]
    [InlineData("领域结论颜色")]
    public void StatusColours_AreGreenForMetRedForNotMetAmberForMissingOrPending(string measure)
    {
        var dax = Dax(measure);

        Assert.Contains($"\"达标\", \"{Green}\"", dax, StringComparison.Ordinal);
        Assert.Contains($"\"未达标\", \"{Red}\"", dax, StringComparison.Ordinal);
        Assert.Contains($"\"数据缺失\", \"{Amber}\"", dax, StringComparison.Ordinal);
        Assert.Contains($"\"待核验\", \"{Amber}\"", dax, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_IsRegistered_UsesMicrosoftYaHei_AndTheStatusColours()
    {
        var report = ReportFiles.Read(Path.Combine(RepoPaths.ReportDefinition, "report.json"));
        var custom = report.GetProperty("themeCollection").GetProperty("customTheme");
        var item = report.GetProperty("resourcePackages")[0].GetProperty("items")[0];
        var theme = ReportFiles.Read(Path.Combine(ReportRoot, "StaticResources", "RegisteredResources", item.GetProperty("path").GetString()!));

        Assert.Equal("RegisteredResources", custom.GetProperty("type").GetString());
        Assert.Equal(custom.GetProperty("name").GetString(), item.GetProperty("name").GetString());
        Assert.Equal("CustomTheme", item.GetProperty("type").GetString());
        Assert.Equal(Green, theme.GetProperty("good").GetString());
        Assert.Equal(Red, theme.GetProperty("bad").GetString());
        Assert.Equal(Amber, theme.GetProperty("neutral").GetString());
        Assert.All(theme.GetProperty("textClasses").EnumerateObject(), c => Assert.Equal("Microsoft YaHei", c.Value.GetProperty("fontFace").GetString()));
    }

    [Fact]
    public void TargetYear_IsAParameterDefaulting2029()
    {
        var table = Project.Model.Table("param_target_year")!;
        var slicer = ReportFiles.Visual("on_track", "target_year_slicer");

        Assert.Contains("GENERATESERIES(2025, 2035, 1)", Assert.Single(table.Partitions).Source, StringComparison.Ordinal);
        Assert.Equal("SELECTEDVALUE(param_target_year[target_year], 2029)", Dax("目标验收年份"));
        Assert.Contains("2029L", slicer.GetProperty("visual").GetProperty("objects").GetProperty("general")[0].GetRawText(), StringComparison.Ordinal);
        Assert.Equal("true", ReportFiles.Literal(slicer, "selection", "strictSingleSelect"));
    }

    [Fact]
    public void OnTrackPage_ShowsYearsLeftBlockingItemsOverTheYearsAndTheAreasBesideTheCommitments()
    {
        Assert.Contains("[目标验收年份] - [本学年]", Dax("距目标验收年数"), StringComparison.Ordinal);
        Assert.Contains("fact_county_verdict[area] = \"national\"", Dax("阻碍验收事项数"), StringComparison.Ordinal);
        Assert.Contains("[本学年有评估]", Dax("阻碍验收事项数"), StringComparison.Ordinal);
        Assert.Equal(["dim_year.year_label", "_Measures.阻碍验收事项数"], ReportFiles.Refs("on_track", "blocking_trend"));
        // area_zh lists every row of fact_county_verdict: the four national areas, national, commitments and plan side by side.
        Assert.Equal(["fact_county_verdict.area_zh", "_Measures.领域结论", "_Measures.领域制约项"], ReportFiles.Refs("on_track", "area_verdicts"));
        Assert.Equal(["_Measures.验收进度判断"], ReportFiles.Refs("on_track", "on_track_verdict"));
    }

    [Fact]
    public void DataAsOf_ReadsTheManifestsPublishedInstantInBeijingTime()
    {
        var source = Assert.Single(Project.Model.Table("run_manifest")!.Partitions).Source;

        Assert.Contains("/_manifest/", source, StringComparison.Ordinal);
        Assert.Contains("doc[published_at_utc]", source, StringComparison.Ordinal);
        Assert.Contains("TIME(8, 0, 0)", Dax("数据截至（北京时间）"), StringComparison.Ordinal);
        Assert.Equal(["_Measures.数据截至（北京时间）"], ReportFiles.Refs("county_overview", "data_as_of"));
        Assert.Contains("dim_school[in_scope] = TRUE()", Dax("本学年报送完整度"), StringComparison.Ordinal);
        Assert.Contains("dim_school[county_code] IN VALUES(dim_county[county_code])", Dax("本学年报送完整度"), StringComparison.Ordinal);
        Assert.Equal(["_Measures.本学年报送完整度"], ReportFiles.Refs("county_overview", "completeness"));
    }

    [Fact]
    public void ManifestContract_HasTheFieldsTheModelReads()
    {
        // docs/outputs.md §2: curated/_manifest/year={year}.json carries year, run_id and published_at_utc.
        var manifest = typeof(Changji.Pipeline.Curated.CuratedManifest).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().FirstOrDefault()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .ToList();

        Assert.Contains("year", manifest);
        Assert.Contains("run_id", manifest);
        Assert.Contains("published_at_utc", manifest);
    }
}
