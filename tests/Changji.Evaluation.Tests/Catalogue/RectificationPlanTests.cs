namespace Changji.Evaluation.Tests.Catalogue;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

/// <summary>The plan's measures and who answers for what are profile data (docs/plan-measures.md).</summary>
public class RectificationPlanTests
{
    private static RectificationPlan Plan => Catalogue.Builtin.Get("changji-2022").Plan!;

    [Fact]
    public void Changji_Plan_HasTheTwentyFiveMeasuresInOrderEachWithUnits()
    {
        Assert.Equal(Enumerable.Range(1, 25), Plan.Measures.Select(m => m.Number));
        Assert.All(Plan.Measures, m => Assert.NotEmpty(m.Units));
        Assert.Equal("推进中小学标准化建设", Plan.Measure(7).TitleZh);
        Assert.Equal(["市教育局"], Plan.Measure(16).Units);
    }

    [Fact]
    public void Changji_Plan_AnswersForEveryItemOfTheProfile()
    {
        var profile = Catalogue.Builtin.Get("changji-2022");

        Assert.All(profile.Items, item => Assert.True(Plan.Answers(item.Code), item.Code));
    }

    [Fact]
    public void Owners_SeveralMeasures_MergeUnitsWithoutRepeatsInOrderOfFirstAppearance()
    {
        var owners = Plan.Owners(["L1"]);

        Assert.Equal([12, 10], owners.Measures);
        var expected = Plan.Measure(12).Units.Concat(Plan.Measure(10).Units).Distinct().ToList();
        Assert.Equal(expected, owners.Units);
        Assert.Equal(owners.Units.Count, owners.Units.Distinct().Count());
    }

    [Fact]
    public void Owners_UnitsNamedDirectly_ComeWithoutMeasures()
    {
        var owners = Plan.Owners(["file_rejected"]);

        Assert.Empty(owners.Measures);
        Assert.Equal(["市教育局"], owners.Units);
    }

    [Fact]
    public void National_HasNoPlan()
    {
        Assert.Null(Catalogue.Builtin.Get("national-2017").Plan);
    }

    [Fact]
    public void Parse_AnswerNamingAnUnknownMeasure_IsRejected()
    {
        const string json = """
            { "name": "county-x", "basedOn": "changji-2022", "plan": { "answers": { "L1": { "measures": [99] } } } }
            """;

        var error = Assert.Throws<CatalogueException>(() => Catalogue.Builtin.With(json));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DerivedProfile_OverridesOneAnswerAndKeepsTheRest()
    {
        const string json = """
            { "name": "county-y", "basedOn": "changji-2022", "plan": { "answers": { "cv_over_limit:L2": { "measures": [11] } } } }
            """;

        var plan = Catalogue.Builtin.With(json).Get("county-y").Plan!;

        Assert.Equal([11], plan.Owners(["cv_over_limit:L2"]).Measures);
        Assert.Equal([7, 6], plan.Owners(["L4"]).Measures);
        Assert.Equal(25, plan.Measures.Count);
    }

    [Fact]
    public void Docs_PlanMeasures_ListEveryMeasureAndAnswerAsTheProfileHoldsThem()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "plan-measures.md"));

        Assert.All(Plan.Measures, m => Assert.Contains($"| {m.Number} | {m.TitleZh} | {string.Join("、", m.Units)} |", doc, StringComparison.Ordinal));
        Assert.All(Plan.Keys, key =>
        {
            var owners = Plan.Owners([key]);
            var measures = owners.Measures.Count == 0 ? "—" : string.Join(", ", owners.Measures);
            Assert.Matches($@"\| `{System.Text.RegularExpressions.Regex.Escape(key)}` \| [^|]+ \| {System.Text.RegularExpressions.Regex.Escape(measures)} \|", doc);
        });
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Changji.Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Changji.Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
