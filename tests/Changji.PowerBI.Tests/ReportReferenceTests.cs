using System.Text.Json;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

public sealed class ReportReferenceTests
{
    [Fact]
    public void VisualFields_Everywhere_ReferToExistingColumnsAndMeasures()
    {
        var files = Project.VisualFiles.Concat(Directory.EnumerateFiles(RepoPaths.ReportDefinition, "page.json", SearchOption.AllDirectories));
        var fields = files.SelectMany(VisualFields.In).ToList();

        var unknown = fields.Where(f => f.Kind == "Measure"
            ? !Project.Model.HasMeasure(f.Entity, f.Property)
            : !Project.Model.HasColumn(f.Entity, f.Property));

        Assert.NotEmpty(fields);
        Assert.Empty(unknown.Select(f => $"{Project.Relative(f.File)}: {f.Kind} {f.Entity}.{f.Property}"));
    }

    [Fact]
    public void Projections_QueryRef_IsEntityDotProperty()
    {
        var projections = Project.VisualFiles.SelectMany(Projection.In).ToList();

        Assert.NotEmpty(projections);
        Assert.All(projections, p => Assert.Equal($"{p.Field!.Entity}.{p.Field.Property}", p.QueryRef));
    }

    [Fact]
    public void Visuals_Everywhere_BindAtLeastOneField()
    {
        Assert.All(Project.VisualFiles, file => Assert.NotEmpty(Projection.In(file)));
    }

    [Fact]
    public void Pages_OrderAndNames_AreTheLeaderPages()
    {
        using var pages = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ReportDefinition, "pages", "pages.json")));
        var order = pages.RootElement.GetProperty("pageOrder").EnumerateArray().Select(e => e.GetString()!).ToList();

        var names = order.Select(page =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ReportDefinition, "pages", page, "page.json")));
            Assert.Equal(page, json.RootElement.GetProperty("name").GetString());
            return json.RootElement.GetProperty("displayName").GetString();
        });

        Assert.Equal(["县域总览", "学校画像", "学校达标矩阵", "差异系数", "预警与整改", "数据质量", "数据报送", "验收进度", "片区总览", "县域详情"], names);
    }

    [Fact]
    public void Visuals_NameMatchesFolder_AndIsUniquePerPage()
    {
        Assert.All(Project.VisualFiles, file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(file)), json.RootElement.GetProperty("name").GetString());
        });
    }

    [Fact]
    public void ReportDefinition_DatasetReference_PointsAtTheSemanticModelFolder()
    {
        var pbir = Path.Combine(RepoPaths.PowerBi, "ChangjiBalance.Report", "definition.pbir");
        using var json = JsonDocument.Parse(File.ReadAllText(pbir));
        var path = json.RootElement.GetProperty("datasetReference").GetProperty("byPath").GetProperty("path").GetString()!;

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(pbir)!, path, "definition.pbism")), path);
    }
}
