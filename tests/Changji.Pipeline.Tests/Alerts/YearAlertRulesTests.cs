using Changji.Evaluation;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Tests.Alerts;

/// <summary>The school rule's wording (count, required count, floor) comes from the profile, never from the text.</summary>
public sealed class YearAlertRulesTests
{
    private const int Year = 2024;

    // Every indicator required and floors at 80 % of the threshold: another rule than 6 of 7 at 85 %.
    private static Profile OtherRule { get; } = Catalogue.Builtin
        .With("""{ "name": "other-rule", "basedOn": "national-2017", "resource": { "minIndicatorsMet": 7, "floorRatio": 0.8 } }""")
        .Get("other-rule");

    private static SchoolStatistics Primary(int peArtTeachers) => new()
    {
        Year = Year,
        SchoolCode = "6523010001",
        SchoolName = "第01小学",
        SchoolType = SchoolType.Primary,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 500,
        JuniorStudents = 0,
        PrimaryClasses = 12,
        JuniorClasses = 0,
        PrimaryMaxClassSize = 42,
        PrimaryTeachers = 30,
        JuniorTeachers = 0,
        CertifiedTeachers = 30,
        PrimaryQualifiedTeachers = 25,
        PrimaryBackboneTeachers = 6,
        PrimaryPeArtTeachers = peArtTeachers,
        TeachingAreaM2 = 3000,
        IndoorSportsAreaM2 = 500,
        SportsGroundAreaM2 = 3500,
        EquipmentValueYuan = 1_200_000,
        MultimediaClassrooms = 12,
        MusicRooms = 1,
        MusicRoomMinAreaM2 = 100,
        ArtRooms = 1,
        ArtRoomMinAreaM2 = 95,
    };

    private static (CountyYear County, IReadOnlyList<FiredAlert> Alerts) Fire(int peArtTeachers)
    {
        var county = new CountyYear { Year = Year, Schools = [Primary(peArtTeachers)] };
        var evaluation = Evaluator.Evaluate(county, null, OtherRule);
        return (county, YearAlertRules.Fire(evaluation, county, null, OtherRule, AlertSettings.Default));
    }

    [Fact]
    public void SchoolRuleAlert_ProfileRequiringSevenOfSeven_SaysSevenOfSevenAndEightyPercent()
    {
        // L3 = 4 × 100 / 500 = 0.8: below 0.9, above the floor; under 7 of 7 that one miss fails the school.
        var (_, alerts) = Fire(peArtTeachers: 4);

        var alert = Assert.Single(alerts, a => a.Rule == AlertRule.SchoolRuleFailed);
        Assert.Contains("7项指标仅 6 项达标，未达到“7项中至少7项达标”", alert.MessageZh, StringComparison.Ordinal);
        Assert.Contains("低于80%：无", alert.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("6项达标”", alert.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("85%", AlertRule.SchoolBelowFloor.NameZh + AlertRule.SchoolRuleFailed.NameZh, StringComparison.Ordinal);
    }

    [Fact]
    public void BelowFloorAlert_ProfileWithFloorRatio080_SaysEightyPercent()
    {
        var (_, alerts) = Fire(peArtTeachers: 3);

        var alert = Assert.Single(alerts, a => a.Rule == AlertRule.SchoolBelowFloor);
        Assert.Contains("的80%", alert.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("85%", alert.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluationReport_ProfileWithOtherRule_ShowsItsFloorInTheFailingSchoolsTable()
    {
        var (county, _) = Fire(peArtTeachers: 4);
        var evaluation = Evaluator.Evaluate(county, null, OtherRule);

        var report = SelfEvaluationReport.Render(new SelfEvaluationInput(evaluation, OtherRule, county, [], []));

        Assert.Contains("| 低于80% |", report, StringComparison.Ordinal);
        Assert.Contains("| 6/7 |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("85%", report, StringComparison.Ordinal);
    }
}
