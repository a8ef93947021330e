using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests;

public sealed class ModelReferenceTests
{
    private static readonly string[] DataTypes = ["int64", "double", "boolean", "string", "dateTime", "decimal"];

    [Fact]
    public void Columns_Everywhere_DeclareAKnownDataType()
    {
        var bad = Project.Model.Tables.SelectMany(t => t.Columns.Where(c => !DataTypes.Contains(c.DataType)).Select(c => $"{t.Name}.{c.Name}"));

        Assert.Empty(bad);
    }

    [Fact]
    public void Columns_Everywhere_AreImportedOrCalculatedNotBoth()
    {
        var bad = Project.Model.Tables.SelectMany(t => t.Columns
            .Where(c => (c.SourceColumn is null) == (c.Expression is null)).Select(c => $"{t.Name}.{c.Name}"));

        Assert.Empty(bad);
    }

    [Fact]
    public void Measures_Dax_ReferOnlyToExistingColumnsMeasuresAndTables()
    {
        var problems = Project.Model.AllMeasures
            .SelectMany(x => UnknownReferences(x.Measure.Expression, rowTable: null).Select(p => $"[{x.Measure.Name}]: {p}"));

        Assert.Empty(problems);
    }

    [Fact]
    public void CalculatedColumns_Dax_ReferOnlyToExistingColumnsAndTables()
    {
        var problems = Project.Model.Tables.SelectMany(t => t.Columns.Where(c => c.Expression is not null)
            .SelectMany(c => UnknownReferences(c.Expression!, t).Select(p => $"{t.Name}.{c.Name}: {p}")));

        Assert.Empty(problems);
    }

    [Fact]
    public void SortByColumns_Everywhere_Exist()
    {
        var bad = Project.Model.Tables.SelectMany(t => t.Columns
            .Where(c => c.SortByColumn is not null && t.Column(c.SortByColumn) is null).Select(c => $"{t.Name}.{c.Name}"));

        Assert.Empty(bad);
    }

    [Fact]
    public void Relationships_Everywhere_JoinExistingColumnsOfTheSameType()
    {
        var model = Project.Model;
        var bad = model.Relationships.Where(r =>
            model.Table(r.FromTable)?.Column(r.FromColumn) is not { } from
            || model.Table(r.ToTable)?.Column(r.ToColumn) is not { } to
            || from.DataType != to.DataType);

        Assert.Empty(bad);
    }

    [Fact]
    public void Relationships_Star_RunFromFactsToDimensionsInOneDirection()
    {
        var model = Project.Model;

        Assert.All(model.Relationships, r =>
        {
            Assert.StartsWith("fact_", r.FromTable, StringComparison.Ordinal);
            Assert.StartsWith("dim_", r.ToTable, StringComparison.Ordinal);
            Assert.True(r.CrossFilteringBehavior is null or "oneDirection", r.Name);
            // Only fact_alert's year relationships are inactive (opened/resolved in y, through USERELATIONSHIP).
            Assert.True(r.IsActive || (r.FromTable, r.FromColumn) is ("fact_alert", "resolved_year") or ("fact_alert", "year"), r.Name);
        });
        // A dimension that filters another dimension would open a second path to the facts (ambiguity).
        Assert.DoesNotContain(model.Relationships, r => model.Relationships.Any(other => other.FromTable == r.ToTable));
    }

    [Fact]
    public void Relationships_EveryFact_ReachesYearDimension()
    {
        var facts = Project.Model.Tables.Select(t => t.Name).Where(n => n.StartsWith("fact_", StringComparison.Ordinal));

        Assert.All(facts, fact => Assert.Contains(Project.Model.Relationships, r => r.FromTable == fact && r.ToTable == "dim_year"));
    }

    [Theory]
    [InlineData("fact_school_indicator", "dim_school")]
    [InlineData("fact_school_indicator", "dim_indicator")]
    [InlineData("fact_school_compliance", "dim_school")]
    [InlineData("fact_county_variation", "dim_indicator")]
    [InlineData("fact_alert", "dim_school")]
    public void Relationships_FactToDimension_Exist(string fact, string dimension)
    {
        Assert.Contains(Project.Model.Relationships, r => r.FromTable == fact && r.ToTable == dimension);
    }

    [Theory]
    [InlineData("CuratedRoot")]
    [InlineData("CuratedSource")]
    public void Parameters_CuratedLocation_AreParameterQueries(string name)
    {
        var expression = Assert.Single(Project.Model.Expressions, e => e.Name == name);

        Assert.Contains("IsParameterQuery=true", expression.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFunction_EveryTable_CombinesEveryParquetFile()
    {
        var text = Assert.Single(Project.Model.Expressions, e => e.Name == "fnLoadCurated").Text
                   + Assert.Single(Project.Model.Expressions, e => e.Name == "CuratedFiles").Text
                   + Assert.Single(Project.Model.Expressions, e => e.Name == "CuratedListing").Text;

        Assert.All(["AzureStorage.DataLake(CuratedRoot)", "Folder.Files(CuratedRoot)", "Parquet.Document", "Table.Combine", "MissingField.UseNull", "Table.TransformColumnTypes"],
            part => Assert.Contains(part, text, StringComparison.Ordinal));
    }

    /// <summary>
    /// Another county's files are one folder deeper (<c>…/year=2024/county=652302/fact_alert.parquet</c>, docs/outputs.md §2):
    /// the model selects a table's files by <c>/{table}/</c> anywhere in the path and reads the year between
    /// <c>/year=</c> and the next <c>/</c>, which that path keeps; the M is pinned here and applied as M applies it.
    /// </summary>
    [Theory]
    [InlineData("c:/changji/out/curated/fact_alert/year=2024/fact_alert.parquet")]
    [InlineData("c:/changji/out/curated/fact_alert/year=2024/county=652302/fact_alert.parquet")]
    public void LoadFunction_CountyFolder_SelectedAndDatedAsTheYearsOwnFile(string path)
    {
        Assert.Contains("Text.Contains([curated_path], \"/\" & tableName & \"/\")", Assert.Single(Project.Model.Expressions, e => e.Name == "fnLoadCurated").Text, StringComparison.Ordinal);
        Assert.Contains("Text.BetweenDelimiters([curated_path], \"/year=\", \"/\")", Assert.Single(Project.Model.Expressions, e => e.Name == "CuratedFiles").Text, StringComparison.Ordinal);

        var from = path.IndexOf("/year=", StringComparison.Ordinal) + "/year=".Length;
        Assert.Contains("/fact_alert/", path, StringComparison.Ordinal);
        Assert.Equal("2024", path[from..path.IndexOf('/', from)]);
    }

    [Theory]
    [InlineData("差异系数", "0.000")]
    [InlineData("差异系数限值", "0.000")]
    [InlineData("学校达标率", "0.0%")]
    public void Measures_Format_MatchesWhatLeadersRead(string measure, string format)
    {
        var found = Assert.Single(Project.Model.AllMeasures, x => x.Measure.Name == measure);

        Assert.Equal(format, found.Measure.FormatString);
    }

    [Theory]
    [InlineData("县域总体结论", "fact_county_verdict[area] = \"national\"")]
    [InlineData("资源配置结论", "fact_county_verdict[area] = \"resource\"")]
    [InlineData("政府保障结论", "fact_county_verdict[area] = \"guarantee\"")]
    [InlineData("教育质量结论", "fact_county_verdict[area] = \"quality\"")]
    [InlineData("社会认可结论", "fact_county_verdict[area] = \"recognition\"")]
    [InlineData("地方承诺结论", "fact_county_verdict[area] = \"commitments\"")]
    [InlineData("本地方案结论", "fact_county_verdict[area] = \"plan\"")]
    [InlineData("阻碍验收事项", "fact_county_verdict[note]")]
    [InlineData("未销号预警数", "fact_alert[opened_year] <= y")]
    [InlineData("已销号预警数", "USERELATIONSHIP(fact_alert[resolved_year], dim_year[year])")]
    public void Measures_Verdicts_ReadTheRowsTheLeadEmits(string measure, string fragment)
    {
        var found = Assert.Single(Project.Model.AllMeasures, x => x.Measure.Name == measure);

        Assert.Contains(fragment, found.Measure.Expression, StringComparison.Ordinal);
    }

    private static IEnumerable<string> UnknownReferences(string dax, TmdlTable? rowTable)
    {
        var model = Project.Model;
        foreach (var reference in DaxReferences.In(dax))
        {
            var known = reference.Table is { } table
                ? model.HasColumn(table, reference.Name)
                : model.AllMeasures.Any(x => x.Measure.Name == reference.Name) || rowTable?.Column(reference.Name) is not null;
            if (!known)
            {
                yield return $"{reference.Table}[{reference.Name}]";
            }
        }

        foreach (var table in DaxReferences.TableLikeIdentifiers(dax).Where(t => model.Table(t) is null))
        {
            yield return table;
        }
    }
}
