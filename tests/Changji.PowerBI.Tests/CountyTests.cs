using System.Text.RegularExpressions;
using Changji.PowerBI.Tests.Curated;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 10 in Power BI: one county at a time on the county pages, keys that respect the county, a region page.</summary>
public sealed partial class CountyTests
{
    private static readonly string[] CountyPages = ["county_overview", "school_profile", "school_matrix", "cv", "alerts", "data_quality", "submissions", "on_track"];

    [Fact]
    public void Partitions_OfTheCountyTables_LoadCountyCodeLastThenOnlyTheUploader()
    {
        var partitions = Project.Model.Tables.Select(CuratedPartition.Of).OfType<CuratedPartition>()
            .Where(p => p.CuratedTable is not "dim_county" and not "fact_region_summary" and not "dim_indicator").ToList();
        // Issue 15 added the uploader after county_code in fact_data_quality (add, don't rename; docs/outputs.md §2).
        string[] uploader = ["uploaded_by", "uploaded_by_id"];

        Assert.Equal(9, partitions.Count);
        Assert.All(partitions, p => Assert.Equal("county_code", p.ColumnTypes.Keys.Where(k => !uploader.Contains(k)).Last()));
        Assert.Equal(["county_code", .. uploader], partitions.Single(p => p.CuratedTable == "fact_data_quality").ColumnTypes.Keys.TakeLast(3));
    }

    [Fact]
    public void Facts_WithACounty_RelateToDimCountyOnCountyCode()
    {
        var facts = Project.Model.Tables.Where(t => t.Name.StartsWith("fact_", StringComparison.Ordinal) && t.Column("county_code") is not null).ToList();

        Assert.Equal(8, facts.Count);
        Assert.All(facts, f => Assert.Contains(Project.Model.Relationships,
            r => r.FromTable == f.Name && r.FromColumn == "county_code" && r.ToTable == "dim_county" && r.ToColumn == "county_code" && r.IsActive));
    }

    [Fact]
    public void DimCounty_HasOneRowPerCounty_TheLatestYearsName()
    {
        var source = Assert.Single(Project.Model.Table("dim_county")!.Partitions).Source;

        Assert.Contains("Table.Sort(Source, {{\"year\", Order.Descending}})", source, StringComparison.Ordinal);
        Assert.Contains("Table.Distinct(Latest, {\"county_code\"})", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dim_indicator")]
    [InlineData("fact_school_indicator")]
    [InlineData("fact_county_variation")]
    [InlineData("fact_county_indicator")]
    public void IndicatorKeys_OfOneOutput_AreCodeAndLevelWithoutTheCounty(string table)
    {
        // One output is evaluated under one profile (a run naming another is refused, docs/outputs.md §2), so every
        // county shares the catalogue: dim_indicator has no county_code, and its key must not ask for one.
        var key = Project.Model.Table(table)!.Column("indicator_level_key")!.Expression!;

        Assert.DoesNotContain("county_code", key, StringComparison.Ordinal);
        Assert.Null(Project.Model.Table("dim_indicator")!.Column("county_code"));
        Assert.Contains("Table.Distinct(Source, {\"indicator_code\", \"level\"})", Assert.Single(Project.Model.Table("dim_indicator")!.Partitions).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void CountySlicers_OnEveryCountyPage_AreSingleSelectAndSynced()
    {
        Assert.All(CountyPages, page =>
        {
            var slicer = ReportFiles.Visual(page, "county_slicer");
            Assert.Equal(["dim_county.county_name"], ReportFiles.Refs(page, "county_slicer"));
            Assert.Equal("true", ReportFiles.Literal(slicer, "selection", "strictSingleSelect"));
            Assert.Equal("true", ReportFiles.Literal(slicer, "selection", "singleSelect"));
            Assert.Equal("县", slicer.GetProperty("visual").GetProperty("syncGroup").GetProperty("groupName").GetString());
            // Nothing saved: a single-select slicer then selects its first item, the only county of a one-county deployment.
            Assert.False(slicer.GetProperty("visual").GetProperty("objects").TryGetProperty("general", out _));
        });
        Assert.Equal(CountyPages.Order(StringComparer.Ordinal), ReportFiles.PageNames.Where(p => File.Exists(ReportFiles.VisualFile(p, "county_slicer"))));
    }

    [Fact]
    public void SchoolSlicer_ListsOnlyTheSelectedCountysSchools()
    {
        var filter = ReportFiles.Visual("school_profile", "school_slicer").GetProperty("filterConfig").GetRawText();

        Assert.Contains("学校属于所选县", filter, StringComparison.Ordinal);
        Assert.Contains("dim_county[county_code]", Measure("学校属于所选县"), StringComparison.Ordinal);
    }

    [Fact]
    public void RegionPage_CrossesCountiesWithAreas_AndShowsTheRegionSummary()
    {
        Assert.Equal(["dim_county.county_name", "fact_county_verdict.area_zh", "_Measures.领域结论"], ReportFiles.Refs("region", "county_matrix"));
        Assert.Equal("pivotTable", ReportFiles.Visual("region", "county_matrix").GetProperty("visual").GetProperty("visualType").GetString());
        Assert.Equal(
            ["fact_region_summary.area_zh", "fact_region_summary.counties_evaluated", "fact_region_summary.counties_met", "fact_region_summary.counties_not_met", "fact_region_summary.counties_missing", "fact_region_summary.counties_cv_over_limit"],
            ReportFiles.Refs("region", "region_summary"));
        Assert.Contains(Project.Model.Relationships, r => r.FromTable == "fact_region_summary" && r.ToTable == "dim_year");
    }

    [Fact]
    public void CountyDetail_IsTheDrillThroughTargetOnTheCountyName_AndHasNoCountySlicer()
    {
        var json = ReportFiles.Page("county_detail");
        var binding = json.GetProperty("pageBinding");
        var filter = Assert.Single(json.GetProperty("filterConfig").GetProperty("filters").EnumerateArray());

        Assert.Equal("Drillthrough", binding.GetProperty("type").GetString());
        Assert.Equal(filter.GetProperty("name").GetString(), binding.GetProperty("parameters")[0].GetProperty("boundFilter").GetString());
        Assert.Equal("Drillthrough", filter.GetProperty("howCreated").GetString());
        Assert.Contains("\"Entity\":\"dim_county\"", Compact(binding.GetRawText()), StringComparison.Ordinal);
        Assert.Contains("\"Property\":\"county_name\"", Compact(filter.GetRawText()), StringComparison.Ordinal);
        // The region matrix rows carry the drill-through field, so right-click → 钻取 → 县域详情 is offered there.
        Assert.Contains("dim_county.county_name", ReportFiles.Refs("region", "county_matrix"));
        // A synced county slicer still holding another county would intersect with the drill-through filter and blank the page.
        Assert.False(File.Exists(ReportFiles.VisualFile("county_detail", "county_slicer")));
    }

    [Fact]
    public void DrillThroughTargets_NeverCarryASlicerOnTheirOwnField()
    {
        foreach (var page in ReportFiles.PageNames)
        {
            var json = ReportFiles.Page(page);
            if (!json.TryGetProperty("pageBinding", out var binding))
            {
                continue;
            }

            var field = binding.GetProperty("parameters")[0].GetProperty("fieldExpr").GetProperty("Column");
            var bound = $"{field.GetProperty("Expression").GetProperty("SourceRef").GetProperty("Entity").GetString()}.{field.GetProperty("Property").GetString()}";
            var singleSelectSlicers = Project.VisualFiles.Where(f => f.Contains($"{Path.DirectorySeparatorChar}{page}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(f => ReportFiles.Read(f).GetProperty("visual").GetProperty("visualType").GetString() == "slicer")
                .Where(f => ReportFiles.Read(f).GetProperty("visual").TryGetProperty("objects", out var o) && o.TryGetProperty("selection", out _));
            Assert.DoesNotContain(singleSelectSlicers, f => Projection.In(f).Any(p => p.QueryRef == bound));
        }
    }

    private static string Measure(string name) => Project.Model.AllMeasures.Single(x => x.Measure.Name == name).Measure.Expression;

    private static string Compact(string json) => Whitespace().Replace(json, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
