using Changji.Evaluation.Units;

namespace Changji.Evaluation.Tests.Units;

public class SchoolUnitTests
{
    private static ResourceSettings Settings => TestData.National.Resource;

    private static SchoolStatistics TeachingPoint(int pupils) => TestData.Primary("6523010301", 500) with
    {
        SchoolType = SchoolType.TeachingPoint,
        PrimaryStudents = pupils,
        UrbanRural = UrbanRural.Rural,
    };

    [Fact]
    public void FacilitySplit_WorkedExample_Gives9711Point6And13514Point4()
    {
        var w = Settings.SplitWeights;
        var primary = 23_226 * FacilitySplit.Share(SchoolType.NineYear, 166, 210, 0, SchoolLevel.Primary, w);
        var junior = 23_226 * FacilitySplit.Share(SchoolType.NineYear, 166, 210, 0, SchoolLevel.Junior, w);
        Assert.Equal(9_711.6, primary, 1);
        Assert.Equal(13_514.4, junior, 1);
        Assert.Equal(58.50, primary / 166, 2);
        Assert.Equal(64.35, junior / 210, 2);
        Assert.Equal(1.1 * primary / 166, junior / 210, 9);
    }

    [Fact]
    public void FacilitySplit_CompleteSchool_JuniorShareIsBOverBPlus1Point2C()
    {
        var share = FacilitySplit.Share(SchoolType.Complete, 0, 800, 600, SchoolLevel.Junior, Settings.SplitWeights);
        Assert.Equal(800 / (800 + 1.2 * 600), share, 12);
    }

    [Fact]
    public void FacilitySplit_TwelveYearSchool_SeniorWeighs1Point32()
    {
        var w = Settings.SplitWeights;
        var total = 300 + 1.1 * 200 + 1.32 * 100;
        Assert.Equal(300 / total, FacilitySplit.Share(SchoolType.TwelveYear, 300, 200, 100, SchoolLevel.Primary, w), 12);
        Assert.Equal(1.1 * 200 / total, FacilitySplit.Share(SchoolType.TwelveYear, 300, 200, 100, SchoolLevel.Junior, w), 12);
    }

    [Fact]
    public void FacilitySplit_OneLevelSchool_IsWhole()
    {
        Assert.Equal(1, FacilitySplit.Share(SchoolType.Primary, 500, 0, 0, SchoolLevel.Primary, Settings.SplitWeights));
        Assert.Equal(1, FacilitySplit.Share(SchoolType.Junior, 0, 600, 0, SchoolLevel.Junior, Settings.SplitWeights));
    }

    [Fact]
    public void Units_NineYearSchool_SplitsFacilitiesButNotTeachers()
    {
        var school = TestData.Primary("6523010501", 166) with
        {
            SchoolType = SchoolType.NineYear,
            JuniorStudents = 210,
            JuniorClasses = 5,
            JuniorTeachers = 20,
            JuniorMaxClassSize = 45,
            EquipmentValueYuan = 23_226,
            PrimaryQualifiedTeachers = 9,
            JuniorQualifiedTeachers = 13,
            JuniorBackboneTeachers = 3,
            JuniorPeArtTeachers = 2,
        };
        var evaluation = new CountyYear { Year = TestData.Year, Schools = [school] }.Evaluate();
        Assert.Equal(2, evaluation.Units.Count);
        var l6 = evaluation.SchoolIndicators.Where(r => r.IndicatorCode == "L6").ToDictionary(r => r.Level);
        Assert.Equal(9_711.6, l6[SchoolLevel.Primary].Numerator!.Value, 1);
        Assert.Equal(13_514.4, l6[SchoolLevel.Junior].Numerator!.Value, 1);
        var l1 = evaluation.SchoolIndicators.Where(r => r.IndicatorCode == "L1").ToDictionary(r => r.Level);
        Assert.Equal(9, l1[SchoolLevel.Primary].Numerator);
        Assert.Equal(13, l1[SchoolLevel.Junior].Numerator);
        Assert.Equal(210, l1[SchoolLevel.Junior].Students);
    }

    [Fact]
    public void Scope_TeachingPointOf49_IsExcludedWithChineseReason()
    {
        var unit = Assert.Single(UnitBuilder.Build([TeachingPoint(49)], Settings));
        Assert.False(unit.InScope);
        Assert.Contains("不足50人", unit.ExclusionReasonZh);
    }

    [Fact]
    public void Scope_TeachingPointOf50_IsAPrimaryUnitInScope()
    {
        var unit = Assert.Single(UnitBuilder.Build([TeachingPoint(50)], Settings));
        Assert.True(unit.InScope);
        Assert.Equal(SchoolLevel.Primary, unit.Level);
        Assert.Null(unit.ExclusionReasonZh);
    }

    [Fact]
    public void Scope_SpecialEducationSchool_IsExcludedFromIndicatorsAndCv()
    {
        var evaluation = TestData.County().Evaluate();
        var special = evaluation.Units.Where(u => u.SchoolCode == TestData.SpecialEducation().SchoolCode).ToList();
        Assert.NotEmpty(special);
        Assert.All(special, u => Assert.False(u.InScope));
        Assert.All(special, u => Assert.Contains("特殊教育学校", u.ExclusionReasonZh));
        Assert.DoesNotContain(evaluation.SchoolIndicators, r => r.SchoolCode == TestData.SpecialEducation().SchoolCode);
        Assert.Equal(1, evaluation.Cv(SchoolLevel.Primary, "L1").Schools);
    }

    [Fact]
    public void Scope_PrivateSchool_IncludedUnlessProfileSaysOtherwise()
    {
        var school = TestData.Primary() with { Sponsor = Sponsor.Private };
        Assert.True(Assert.Single(UnitBuilder.Build([school], Settings)).InScope);
        var excluding = Settings with { IncludePrivate = false };
        var unit = Assert.Single(UnitBuilder.Build([school], excluding));
        Assert.False(unit.InScope);
        Assert.Contains("民办", unit.ExclusionReasonZh);
    }

    [Fact]
    public void Units_LevelsWithoutStudents_AreLeftOut()
    {
        var complete = TestData.Junior() with { SchoolType = SchoolType.Complete, SeniorStudents = 900 };
        var unit = Assert.Single(UnitBuilder.Build([complete], Settings));
        Assert.Equal(SchoolLevel.Junior, unit.Level);
        Assert.Equal(600 / (600 + 1.2 * 900), unit.FacilityShare, 12);
    }
}
