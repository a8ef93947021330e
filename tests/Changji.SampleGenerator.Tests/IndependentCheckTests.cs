using Changji.Evaluation;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.SampleGenerator.Check;
using Changji.SampleGenerator.Generation;

namespace Changji.SampleGenerator.Tests;

/// <summary>
/// Two independent implementations of docs/standard.md — the engine (double arithmetic, profiles) and the
/// generator's own check (decimal arithmetic, its own constants) — must agree on every sample year.
/// </summary>
public sealed class IndependentCheckTests
{
    private static readonly IReadOnlyList<CountyYear> County = SampleCounty.Build();
    private static readonly Profile Profile = Catalogue.Builtin.Default;

    public static TheoryData<int> Years() => [.. County.Select(y => y.Year)];

    private static CountyYear Year(int year) => County.Single(y => y.Year == year);

    [Theory]
    [MemberData(nameof(Years))]
    public void Engine_UnitsInScope_AreTheCheckersUnits(int year)
    {
        var engine = Evaluator.Evaluate(Year(year), null, Profile).Units.Where(u => u.InScope).Select(u => (u.SchoolCode, u.Level, u.Students));
        var check = UnitSplitter.InScope(Year(year).Schools).Select(u => (u.Code, u.Level, u.Students));

        Assert.Equal(check.Order(), engine.Order());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Engine_SchoolRuleFailures_AreTheCheckersFailures(int year)
    {
        var engine = Evaluator.Evaluate(Year(year), null, Profile).Compliance.Where(c => c.Status == ItemStatus.NotMet).Select(c => (c.SchoolCode, c.Level));
        var check = UnitSplitter.InScope(Year(year).Schools).Where(u => !SchoolRule.Passes(u)).Select(u => (u.Code, u.Level));

        Assert.Equal(check.Order(), engine.Order());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Engine_WeightedCv_EqualsTheCheckersCvForEveryIndicatorAndLevel(int year)
    {
        var units = UnitSplitter.InScope(Year(year).Schools);
        foreach (var v in Evaluator.Evaluate(Year(year), null, Profile).Variation)
        {
            var expected = WeightedCv.Of(units.Where(u => u.Level == v.Level).ToList(), v.IndicatorCode);
            Assert.True(Math.Abs(expected - v.Cv!.Value) < 1e-9, $"{year} {v.Level} {v.IndicatorCode}: engine {v.Cv} vs check {expected}");
        }
    }

    [Fact]
    public void Samples2023_JuniorBackboneCv_IsOverItsLimit()
    {
        var l2 = Evaluator.Evaluate(Year(2023), null, Profile).Variation.Single(v => v.Level == SchoolLevel.Junior && v.IndicatorCode == "L2");

        Assert.Equal(ItemStatus.NotMet, l2.Status);
        Assert.InRange(l2.Cv!.Value, 0.45, 0.50);
    }
}
