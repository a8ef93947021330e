using System.Text.Json;
using Changji.PowerBI.Tests.Curated;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;
using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 13, points 11–13: row-level security, model hygiene, and every visual column backed by real Parquet.</summary>
public sealed class SecurityAndHygieneTests
{
    private static IReadOnlyList<TmdlNode> Roles =>
        TmdlFile.All.Where(f => f.Relative.Contains("/roles/", StringComparison.Ordinal)).SelectMany(f => f.Nodes).Where(n => n.Keyword == "role").ToList();

    private static TmdlNode Node(string table, string column) =>
        TmdlFile.AllNodes().Single(x => x.Node.Keyword == "table" && x.Node.Name == table).Node.Objects("column").Single(c => c.Name == column);

    [Fact]
    public void Roles_教育局AndSchool_AreDeclared_AndOnlyTheSchoolRoleFilters()
    {
        var roles = Roles.ToDictionary(r => r.Name);

        Assert.Equal(["学校", "教育局"], roles.Keys.Order(StringComparer.Ordinal));
        Assert.All(roles.Values, r => Assert.Equal("read", r.Property("modelPermission")));
        Assert.Empty(roles["教育局"].Objects("tablePermission"));
        Assert.Equal(["dim_school", "fact_alert", "fact_school_compliance", "fact_school_indicator", "security_school_user"],
            roles["学校"].Objects("tablePermission").Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SchoolRole_Filters_MapTheUsersUpnToItsSchoolThroughExistingColumns()
    {
        var model = Project.Model;
        var permissions = Roles.Single(r => r.Name == "学校").Objects("tablePermission").ToList();

        Assert.All(permissions, p =>
        {
            var dax = p.Expression ?? "";
            Assert.NotNull(model.Table(p.Name));
            Assert.Contains("USERPRINCIPALNAME()", dax, StringComparison.Ordinal);
            Assert.All(DaxReferences.In(dax), r => Assert.True(r.Table is { } t && model.HasColumn(t, r.Name), $"{p.Name}: {r.Table}[{r.Name}]"));
            Assert.All(DaxReferences.TableLikeIdentifiers(dax), t => Assert.NotNull(model.Table(t)));
        });
    }

    [Fact]
    public void SchoolUserMapping_IsLoadedFromTheSecurityFileBesideTheCuratedTables()
    {
        var table = Project.Model.Table("security_school_user")!;

        Assert.Equal(["upn", "school_code"], table.Columns.Select(c => c.Name));
        Assert.Contains("/_security/school_users.csv", Assert.Single(table.Partitions).Source, StringComparison.Ordinal);
        Assert.Contains("Text.Lower", Assert.Single(table.Partitions).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_HideRawCellValuesFromSchoolUsers()
    {
        var refs = ReportFiles.Refs("data_quality", "findings");
        var dax = Project.Model.AllMeasures.Single(x => x.Measure.Name == "单元格原值").Measure.Expression;

        Assert.DoesNotContain(Project.VisualFiles.SelectMany(VisualFields.In), f => f.Entity == "fact_data_quality" && f.Property == "value");
        Assert.Contains("_Measures.单元格原值", refs);
        Assert.Contains("security_school_user[upn] = LOWER(USERPRINCIPALNAME())", dax, StringComparison.Ordinal);
        Assert.Contains("（不向学校显示）", dax, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_OfRatiosThresholdsAndCvs_AreNotSummed()
    {
        var summed = TmdlFile.AllNodes().Where(x => x.Node.Keyword == "column" && x.Node.Property("summarizeBy") is { } s && s != "none")
            .Select(x => x.Node.Name).ToList();

        // Only a gap adds up (teachers, m², 元, rooms a set of schools lacks).
        Assert.Equal(["gap"], summed);
    }

    [Fact]
    public void KeyColumns_AreHidden()
    {
        var keys = TmdlFile.AllNodes().Where(x => x.Node.Keyword == "column"
            && (x.Node.Name.EndsWith("_key", StringComparison.Ordinal) || x.Node.Name is "county_code" or "alert_id" or "sha256" or "sort_order" or "severity_rank" or "code_order"))
            .ToList();

        Assert.NotEmpty(keys);
        // A key or an order column is for relationships and sorting; a person never picks it from the field list.
        Assert.All(keys, x => Assert.True(x.Node.HasFlag("isHidden"), x.File.Relative + ": " + x.Node.Name));
    }

    [Theory]
    [InlineData("fact_alert", "severity_zh", "severity_rank")]
    [InlineData("dim_indicator", "indicator_code", "code_order")]
    [InlineData("fact_county_verdict", "area_zh", "sort_order")]
    public void Labels_SortByTheirOrderColumn(string table, string column, string sortBy)
    {
        Assert.Equal(sortBy, Project.Model.Table(table)!.Column(column)!.SortByColumn);
    }

    [Fact]
    public void IndicatorCodeOrder_PutsG2BeforeG10()
    {
        // The DAX below, evaluated here: letter rank × 1000 + the number after the letter.
        var expression = Project.Model.Table("dim_indicator")!.Column("code_order")!.Expression!;
        static int Order(string code) => "LGQSC".IndexOf(code[0], StringComparison.Ordinal) + 1 is var rank and > 0 ? rank * 1000 + int.Parse(code[1..], System.Globalization.CultureInfo.InvariantCulture) : 9000;

        Assert.Contains("\"L\", 1, \"G\", 2, \"Q\", 3, \"S\", 4, \"C\", 5", expression, StringComparison.Ordinal);
        Assert.Contains("* 1000 + IFERROR(VALUE(MID(dim_indicator[indicator_code], 2, 10)), 0)", expression, StringComparison.Ordinal);
        Assert.True(Order("G2") < Order("G10"));
        Assert.True(Order("L7") < Order("G1"));
    }

    [Fact]
    public void TablesAndColumns_Everywhere_HaveADescription()
    {
        var missing = new List<string>();
        foreach (var file in TmdlFile.All.Where(f => f.Relative.Contains("/tables/", StringComparison.Ordinal)))
        {
            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].TrimStart('\t');
                var isObject = lines[i].StartsWith("table ", StringComparison.Ordinal) || (lines[i].StartsWith("\tcolumn ", StringComparison.Ordinal));
                if (isObject && (i == 0 || !lines[i - 1].TrimStart('\t').StartsWith("///", StringComparison.Ordinal)))
                {
                    missing.Add($"{file.Relative}: {trimmed}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void DiagramLayout_PlacesEveryTableOnce()
    {
        var layout = ReportFiles.Read(Path.Combine(Path.GetDirectoryName(RepoPaths.SemanticModelDefinition)!, "diagramLayout.json"));
        var nodes = layout.GetProperty("diagrams")[0].GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nodeIndex").GetString()).ToList();

        Assert.Equal(Project.Model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.Equal(layout.GetProperty("defaultDiagram").GetString(), layout.GetProperty("diagrams")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void VisualColumns_OfCuratedTables_ExistInTheParquetTheSamplesProduce()
    {
        var problems = new List<string>();
        foreach (var field in Project.VisualFiles.SelectMany(VisualFields.In).Where(f => f.Kind == "Column").Distinct())
        {
            var table = Project.Model.Table(field.Entity);
            var column = table?.Column(field.Property);
            var partition = table is null ? null : CuratedPartition.Of(table);
            if (column?.SourceColumn is null || partition is null)
            {
                continue;
            }

            var curated = Project.Curated.Tables.SingleOrDefault(t => t.Name == partition.CuratedTable);
            if (curated?.Column(column.SourceColumn) is null)
            {
                problems.Add($"{Project.Relative(field.File)}: {field.Entity}.{field.Property}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Pages_WithAYearSlicer_AreEveryPage()
    {
        Assert.All(ReportFiles.PageNames, page => Assert.True(File.Exists(ReportFiles.VisualFile(page, "year_slicer")), page));
        Assert.Equal(JsonValueKind.Array, ReportFiles.Read(Path.Combine(ReportFiles.PagesFolder, "pages.json")).GetProperty("pageOrder").ValueKind);
    }
}
