using System.Text.Json;
using System.Text.RegularExpressions;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 13, points 1–3 as the report shows them: one synced single-select year, Chinese headers, the ledger's owners.</summary>
public sealed partial class ReportYearAndLabelTests
{
    private static IReadOnlyList<string> YearSlicers =>
        Project.VisualFiles.Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "year_slicer").ToList();

    private static JsonElement Visual(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("visual").Clone();
    }

    private static string Literal(JsonElement objects, string card, string property) =>
        objects.GetProperty(card)[0].GetProperty("properties").GetProperty(property)
            .GetProperty("expr").GetProperty("Literal").GetProperty("Value").GetString() ?? "";

    [Fact]
    public void YearSlicers_OnEveryPage_ShareOneSyncGroupAndFilterYearPick()
    {
        var pages = Directory.EnumerateDirectories(Path.Combine(RepoPaths.ReportDefinition, "pages")).ToList();

        Assert.Equal(pages.Count, YearSlicers.Count);
        Assert.All(YearSlicers, file =>
        {
            var sync = Visual(file).GetProperty("syncGroup");
            Assert.Equal("学年", sync.GetProperty("groupName").GetString());
            Assert.True(sync.GetProperty("filterChanges").GetBoolean());
            var projection = Assert.Single(Projection.In(file));
            Assert.Equal("dim_year.year_pick", projection.QueryRef);
        });
    }

    [Fact]
    public void YearSlicers_AreSingleSelect_AndDefaultToTheLatestEvaluatedYear()
    {
        Assert.All(YearSlicers, file =>
        {
            var objects = Visual(file).GetProperty("objects");
            Assert.Equal("true", Literal(objects, "selection", "singleSelect"));
            Assert.Equal("true", Literal(objects, "selection", "strictSingleSelect"));
            var saved = objects.GetProperty("general")[0].GetProperty("properties").GetProperty("filter").GetRawText();
            Assert.Contains("\"Property\":\"year_pick\"", saved.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("'最新学年'", saved, StringComparison.Ordinal);
        });
        // The saved choice is a label that moves: the latest evaluated year is always called 最新学年.
        var pick = Project.Model.Table("dim_year")!.Column("year_pick")!.Expression!;
        Assert.Contains("dim_year[has_evaluation]", pick, StringComparison.Ordinal);
        Assert.Contains("\"最新学年\"", pick, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnProjections_Everywhere_CarryAChineseDisplayName()
    {
        var missing = new List<string>();
        foreach (var file in Project.VisualFiles)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.GetProperty("visual").TryGetProperty("query", out var query))
            {
                continue;
            }

            foreach (var role in query.GetProperty("queryState").EnumerateObject())
            {
                foreach (var p in role.Value.GetProperty("projections").EnumerateArray())
                {
                    var isColumn = p.GetProperty("field").TryGetProperty("Column", out _);
                    var name = p.TryGetProperty("displayName", out var d) ? d.GetString() ?? "" : "";
                    if (isColumn && !Han().IsMatch(name) || SnakeCase().IsMatch(name))
                    {
                        missing.Add($"{Project.Relative(file)}: {p.GetProperty("queryRef").GetString()} \"{name}\"");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void VisualTitles_AndSlicerHeaders_AreChinese()
    {
        var bad = Project.VisualFiles.Where(file =>
        {
            var text = File.ReadAllText(file);
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement.GetProperty("visual");
            return root.TryGetProperty("visualContainerObjects", out var vco) && vco.TryGetProperty("title", out _)
                && !Han().IsMatch(Literal(vco, "title", "text"));
        }).Select(Project.Relative);

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("fact_alert.rule")]
    [InlineData("fact_alert.opened_at")]
    [InlineData("fact_alert.resolved_at")]
    [InlineData("fact_data_quality.severity")]
    public void Visuals_ShowChineseValuesAndBeijingTime_NotTheRawColumn(string queryRef)
    {
        Assert.DoesNotContain(Project.VisualFiles.SelectMany(Projection.In), p => p.QueryRef == queryRef);
    }

    [Fact]
    public void AlertLedger_ShowsDueDateOverdueAndResponsibleUnits()
    {
        var refs = Projection.In(Path.Combine(RepoPaths.ReportDefinition, "pages", "alerts", "visuals", "alert_ledger", "visual.json"))
            .Select(p => p.QueryRef).ToList();

        Assert.Contains("fact_alert.预警时间（北京时间）", refs);
        Assert.Contains("fact_alert.due_date", refs);
        Assert.Contains("fact_alert.overdue_zh", refs);
        Assert.Contains("fact_alert.responsible_units", refs);
        // Rows whose year status is blank drop out: the ledger lists what is open at year end or resolved in the year, not the opening cohort.
        Assert.Contains("_Measures.本学年台账状态", refs);
    }

    [Fact]
    public void UnitTable_ListsOpenAndOverdueItemsPerResponsibleUnit()
    {
        var refs = Projection.In(Path.Combine(RepoPaths.ReportDefinition, "pages", "alerts", "visuals", "unit_table", "visual.json"))
            .Select(p => p.QueryRef).ToList();

        Assert.Equal(["bridge_alert_unit.unit", "_Measures.责任单位未销号数", "_Measures.责任单位逾期数"], refs);
    }

    [Theory]
    [InlineData("county_overview")]
    [InlineData("school_profile")]
    [InlineData("cv")]
    public void Cards_OnEvaluationPages_Read无数据_ForAYearWithoutEvaluation(string page)
    {
        var cards = Directory.EnumerateFiles(Path.Combine(RepoPaths.ReportDefinition, "pages", page, "visuals"), "visual.json", SearchOption.AllDirectories)
            .Where(f => Visual(f).GetProperty("visualType").GetString() == "card").ToList();

        Assert.NotEmpty(cards);
        Assert.All(cards.SelectMany(Projection.In), p =>
        {
            var measure = Project.Model.AllMeasures.Single(x => $"_Measures.{x.Measure.Name}" == p.QueryRef).Measure;
            Assert.Contains("\"无数据\"", measure.Expression, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[a-z]+_[a-z]+")]
    private static partial Regex SnakeCase();
}
