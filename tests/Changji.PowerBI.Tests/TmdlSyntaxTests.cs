using System.Text.RegularExpressions;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests;

/// <summary>
/// TMDL rules Power BI Desktop enforces when it opens the project, checked here because no TMDL deserializer runs on
/// Linux. Sources: learn.microsoft.com/analysis-services/tmdl/tmdl-overview and Desktop-written models
/// (microsoft/fabric-samples docs-samples/*.SemanticModel).
/// </summary>
public sealed partial class TmdlSyntaxTests
{
    /// <summary>The level Desktop writes for TMDL projects (the TMDL overview's own example); older Desktops refuse higher ones.</summary>
    private const int MinimumCompatibilityLevel = 1567;

    [Fact]
    public void Database_CompatibilityLevel_IsAtLeast1567()
    {
        var database = Assert.Single(TmdlFile.Named("database.tmdl").Nodes);
        var level = int.Parse(database.Property("compatibilityLevel") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("database", database.Keyword);
        Assert.InRange(level, MinimumCompatibilityLevel, 1702);
    }

    [Fact]
    public void Model_DataSourceVersionAndCulture_AreDeclared()
    {
        var model = Assert.Single(TmdlFile.Named("model.tmdl").Nodes, n => n.Keyword == "model");

        // Without powerBI_V3 Desktop opens once and then refuses every reload of the model.
        Assert.Equal("powerBI_V3", model.Property("defaultPowerBIDataSourceVersion"));
        Assert.Equal("zh-CN", model.Property("culture"));
    }

    [Fact]
    public void Model_RefTables_NameEveryTableOnce()
    {
        var refs = TmdlFile.Named("model.tmdl").Text.Split('\n')
            .Where(l => l.StartsWith("ref table ", StringComparison.Ordinal))
            .Select(l => TmdlNames.Read(l["ref table ".Length..]).Name).ToList();

        Assert.Equal(Project.Model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), refs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TmdlFiles_Indentation_UsesTabsOnly()
    {
        var bad = TmdlFile.All.SelectMany(f => f.Text.Split('\n').Select((line, i) => (f, line, i)))
            .Where(x => x.line.StartsWith(' ')).Select(x => $"{x.f.Relative}:{x.i + 1}");

        Assert.Empty(bad);
    }

    [Fact]
    public void TmdlFiles_Encoding_IsUtf8WithoutBom()
    {
        // Desktop: "Only text with UTF8 encoding without BOM (byte order marks) is supported".
        Assert.All(TmdlFile.All, f => Assert.False(f.Bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), f.Relative));
    }

    [Fact]
    public void TmdlFiles_Keywords_AreKnownInTheirContext()
    {
        var bad = TmdlFile.AllNodes()
            .Where(x => !TmdlKeywords.ByParent.TryGetValue(x.Parent, out var allowed) || !allowed.Contains(x.Node.Keyword))
            .Select(x => $"{x.File.Relative}: '{x.Node.Keyword}' under '{x.Parent}'");

        Assert.Empty(bad);
    }

    [Fact]
    public void TmdlFiles_EnumProperties_UseLegalMembers()
    {
        var bad = TmdlFile.AllNodes()
            .Where(x => TmdlKeywords.EnumValues.TryGetValue(x.Node.Keyword, out var legal) && !legal.Contains(x.Node.Value))
            .Select(x => $"{x.File.Relative}: {x.Node.Keyword}: {x.Node.Value}");

        Assert.Empty(bad);
    }

    [Fact]
    public void TmdlFiles_Descriptions_SitDirectlyAboveADescribableObject()
    {
        var bad = new List<string>();
        foreach (var file in TmdlFile.All)
        {
            var lines = file.Text.Split('\n').Select(l => l.Trim()).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].StartsWith("///", StringComparison.Ordinal) || (i + 1 < lines.Count && lines[i + 1].StartsWith("///", StringComparison.Ordinal)))
                {
                    continue;
                }

                var next = i + 1 < lines.Count ? lines[i + 1] : "";
                if (!TmdlKeywords.Describable.Contains(next.Split(' ')[0]))
                {
                    bad.Add($"{file.Relative}:{i + 1}");
                }
            }
        }

        Assert.Empty(bad);
    }

    [Fact]
    public void Tables_Everywhere_HaveOneImportPartitionOfAKnownKind()
    {
        var bad = TmdlFile.AllNodes().Where(x => x.Node.Keyword == "table")
            .Where(x => x.Node.Objects("partition").ToList() is not [var p]
                        || p.Expression is not ("m" or "calculated")
                        || p.Property("mode") != "import"
                        || string.IsNullOrWhiteSpace(p.Property("source")))
            .Select(x => x.Node.Name);

        Assert.Empty(bad);
    }

    [Fact]
    public void CalculatedTables_Columns_BindByInferredNameInBrackets()
    {
        // A calculated-table column bound as `sourceColumn: K` breaks relationships on it ("uses an invalid column ID").
        var bad = CalculatedTableDataColumns()
            .Where(c => !c.Column.HasFlag("isNameInferred") || !BracketedName().IsMatch(c.Column.Property("sourceColumn") ?? ""))
            .Select(c => $"{c.Table}.{c.Column.Name}");

        Assert.NotEmpty(CalculatedTableDataColumns());
        Assert.Empty(bad);
    }

    [Fact]
    public void PowerQueryTables_Columns_BindByPlainQueryColumnName()
    {
        var bad = TmdlFile.AllNodes().Where(x => x.Node.Keyword == "table" && x.Node.Objects("partition").Any(p => p.Expression == "m"))
            .SelectMany(x => x.Node.Objects("column").Where(c => c.Expression is null).Select(c => (Table: x.Node.Name, Column: c)))
            .Where(c => c.Column.HasFlag("isNameInferred") || BracketedName().IsMatch(c.Column.Property("sourceColumn") ?? ""))
            .Select(c => $"{c.Table}.{c.Column.Name}");

        Assert.Empty(bad);
    }

    [Fact]
    public void Parameters_Everywhere_CarryTheParameterQueryMetaRecord()
    {
        var parameters = Project.Model.Expressions.Where(e => e.Text.StartsWith('"')).ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.Matches(ParameterMeta(), p.Text));
    }

    [Fact]
    public void Expressions_MultiLineM_IsALetBlockOrAFunction()
    {
        var multiLine = Project.Model.Expressions.Where(e => e.Text.Contains('\n')).ToList();

        Assert.NotEmpty(multiLine);
        Assert.All(multiLine, e => Assert.Matches(LetBlock(), e.Text));
    }

    private static List<(string Table, TmdlNode Column)> CalculatedTableDataColumns() =>
        TmdlFile.AllNodes().Where(x => x.Node.Keyword == "table" && x.Node.Objects("partition").Any(p => p.Expression == "calculated"))
            .SelectMany(x => x.Node.Objects("column").Where(c => c.Expression is null).Select(c => (x.Node.Name, c)))
            .ToList();

    [GeneratedRegex(@"^\[[^\]]+\]$")]
    private static partial Regex BracketedName();

    [GeneratedRegex(@"^""[^""]*"" meta \[IsParameterQuery=true, (.+, )?Type=""Text"", IsParameterQueryRequired=true\]$")]
    private static partial Regex ParameterMeta();

    [GeneratedRegex(@"^(\(.*\) as \w+ =>\s*)?let\s[\s\S]*\sin\s+\S+$")]
    private static partial Regex LetBlock();
}
