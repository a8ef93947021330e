using System.Text.Json;
using System.Text.Json.Nodes;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Schemas;

namespace Changji.PowerBI.Tests;

public sealed class SchemaValidationTests
{
    public static TheoryData<string> ProjectFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ProjectJsonFiles.Under(RepoPaths.PowerBi))
        {
            data.Add(Project.Relative(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProjectFiles))]
    public void ProjectFile_AgainstItsOfficialSchema_IsValid(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));

        var results = Project.Schemas.Validate(document.RootElement);

        Assert.True(results.IsValid, relativePath + ": " + Describe(results));
    }

    [Fact]
    public void ProjectFiles_EveryPbipPart_IsPresent()
    {
        var names = ProjectJsonFiles.Under(RepoPaths.PowerBi).Select(Path.GetFileName).ToHashSet();

        Assert.Superset(
            new HashSet<string?> { "ChangjiBalance.pbip", "definition.pbir", "definition.pbism", ".platform", "report.json", "version.json", "pages.json", "page.json", "visual.json" },
            names);
    }

    [Fact]
    public void SchemaSet_FileWhoseIdDiffersFromItsPath_IsRegisteredUnderItsPath()
    {
        // Upstream declares ".../visualConfiguration/2.2.0/schema.embedded.json"; visualContainer refs the dash form.
        var url = LocalSchemaSet.BaseUrl + "fabric/item/report/definition/visualConfiguration/2.2.0/schema-embedded.json";

        Assert.Contains(url, Project.Schemas.Urls);
    }

    [Fact]
    public void BrokenPage_DisplayOptionOutsideEnum_FailsValidation()
    {
        var page = LoadNode(Path.Combine(RepoPaths.ReportDefinition, "pages", "county_overview", "page.json"));
        page["displayOption"] = "ShrinkToWhatever";

        Assert.False(Project.Schemas.Validate(ToElement(page)).IsValid);
    }

    [Fact]
    public void BrokenVisual_WithoutPosition_FailsValidation()
    {
        var visual = LoadNode(Project.VisualFiles[0]);
        visual.Remove("position");

        Assert.False(Project.Schemas.Validate(ToElement(visual)).IsValid);
    }

    [Fact]
    public void BrokenVisual_ProjectionFieldOfUnknownKind_FailsValidation()
    {
        // The field schema lives in semanticQuery, reached through visualConfiguration: proves $refs resolve locally.
        var visual = LoadNode(Project.VisualFiles[0]);
        var projection = visual["visual"]!["query"]!["queryState"]!.AsObject().First().Value!["projections"]![0]!;
        projection["field"] = new JsonObject { ["Nonsense"] = new JsonObject() };

        Assert.False(Project.Schemas.Validate(ToElement(visual)).IsValid);
    }

    [Fact]
    public void BrokenPbip_UnknownProperty_FailsValidation()
    {
        var pbip = LoadNode(Path.Combine(RepoPaths.PowerBi, "ChangjiBalance.pbip"));
        pbip["artifacts"]![0]!["report"]!["folder"] = "elsewhere";

        Assert.False(Project.Schemas.Validate(ToElement(pbip)).IsValid);
    }

    private static JsonObject LoadNode(string file) => JsonNode.Parse(File.ReadAllText(file))!.AsObject();

    private static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    private static string Describe(Json.Schema.EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")).Take(10));
}
