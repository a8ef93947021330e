namespace Changji.Evaluation.Tests.County;

public class CountyItemTests
{
    private static CountyYear Base => TestData.County();
    private static CountyFigure N(string code, double value) => TestData.Number(code, value);
    private static CountyFigure J(string code, bool value) => TestData.Judgement(code, value);

    /// <summary>Each case: the item, how the all-met county is bent, and the status it must then get.</summary>
    private static readonly Dictionary<string, (string Code, Func<CountyYear, CountyYear> Bend, ItemStatus Expected)> Cases = new()
    {
        ["G1 yes"] = ("G1", c => c, ItemStatus.Met),
        ["G1 no"] = ("G1", c => c.WithFigure(J("G1", false)), ItemStatus.NotMet),
        ["G1 none"] = ("G1", c => c.WithoutFigure("G1"), ItemStatus.EvidencePending),
        ["G2 yes"] = ("G2", c => c, ItemStatus.Met),
        ["G2 no"] = ("G2", c => c.WithFigure(J("G2", false)), ItemStatus.NotMet),
        ["G2 none"] = ("G2", c => c.WithoutFigure("G2"), ItemStatus.EvidencePending),
        ["G10 none"] = ("G10", c => c.WithoutFigure("G10"), ItemStatus.EvidencePending),
        ["Q3 no"] = ("Q3", c => c.WithFigure(J("Q3", false)), ItemStatus.NotMet),
        ["Q8 none"] = ("Q8", c => c.WithoutFigure("Q8"), ItemStatus.EvidencePending),

        ["G3 met"] = ("G3", c => c, ItemStatus.Met),
        ["G3 24 classes one music room"] = ("G3", c => c.WithSchool(TestData.Primary() with { PrimaryClasses = 24, ArtRooms = 2 }), ItemStatus.NotMet),
        ["G3 24 classes two rooms each"] = ("G3", c => c.WithSchool(TestData.Primary() with { PrimaryClasses = 24, MusicRooms = 2, ArtRooms = 2 }), ItemStatus.Met),
        ["G3 music room 95 m2"] = ("G3", c => c.WithSchool(TestData.Primary() with { MusicRoomMinAreaM2 = 95 }), ItemStatus.NotMet),
        ["G3 music room exactly 96 m2"] = ("G3", c => c.WithSchool(TestData.Primary() with { MusicRoomMinAreaM2 = 96, ArtRoomMinAreaM2 = 90 }), ItemStatus.Met),
        ["G3 rooms not supplied"] = ("G3", c => c.WithSchool(TestData.Primary() with { MusicRooms = null }), ItemStatus.Missing),
        ["G3 teaching point not checked"] = ("G3", c => c.WithSchool(TestData.Primary("6523010301", 60) with { SchoolType = SchoolType.TeachingPoint, MusicRooms = 0, ArtRooms = 0 }), ItemStatus.Met),

        ["G4 primary 2000"] = ("G4", c => c.WithSchool(TestData.Primary(students: 2000)), ItemStatus.Met),
        ["G4 primary 2001"] = ("G4", c => c.WithSchool(TestData.Primary(students: 2001)), ItemStatus.NotMet),
        ["G4 nine-year 2500"] = ("G4", c => c.WithSchool(NineYear(1200, 1300)), ItemStatus.Met),
        ["G4 nine-year 2501"] = ("G4", c => c.WithSchool(NineYear(1200, 1301)), ItemStatus.NotMet),
        ["G4 complete junior 2001"] = ("G4", c => c.WithSchool(TestData.Junior(students: 2001) with { SchoolType = SchoolType.Complete, SeniorStudents = 1500 }), ItemStatus.NotMet),

        ["G5 primary 45"] = ("G5", c => c.WithSchool(TestData.Primary() with { PrimaryMaxClassSize = 45 }), ItemStatus.Met),
        ["G5 primary 46"] = ("G5", c => c.WithSchool(TestData.Primary() with { PrimaryMaxClassSize = 46 }), ItemStatus.NotMet),
        ["G5 junior 51"] = ("G5", c => c.WithSchool(TestData.Junior() with { JuniorMaxClassSize = 51 }), ItemStatus.NotMet),
        ["G5 not supplied"] = ("G5", c => c.WithSchool(TestData.Primary() with { PrimaryMaxClassSize = null }), ItemStatus.Missing),

        ["G6 no small school"] = ("G6", c => c, ItemStatus.Met),
        ["G6 funded as 100"] = ("G6", c => c.WithSchool(SmallRural(), TestData.Funding(SmallRural(), allocated: 72_000)), ItemStatus.Met),
        ["G6 funded below 100"] = ("G6", c => c.WithSchool(SmallRural(), TestData.Funding(SmallRural(), allocated: 71_999)), ItemStatus.NotMet),
        ["G6 no funding row"] = ("G6", c => c.WithSchool(SmallRural()), ItemStatus.Missing),
        ["G6 no base rate"] = ("G6", c => c.WithSchool(SmallRural(), TestData.Funding(SmallRural(), allocated: 72_000)).WithoutFigure("public_fund_base_primary"), ItemStatus.Missing),
        ["G6 teaching point below 100"] = ("G6", c => c.WithSchool(SmallPoint(), TestData.Funding(SmallPoint(), allocated: 30_000)), ItemStatus.NotMet),

        ["G7 8000 per pupil"] = ("G7", c => c, ItemStatus.Met),
        ["G7 exactly 6000"] = ("G7", c => c.WithFunding(TestData.Funding(TestData.SpecialEducation(), allocated: 6000 * 50)), ItemStatus.Met),
        ["G7 5999"] = ("G7", c => c.WithFunding(TestData.Funding(TestData.SpecialEducation(), allocated: 5999 * 50)), ItemStatus.NotMet),
        ["G7 no allocation"] = ("G7", c => c with { Funding = c.Funding.Where(f => f.SchoolCode != TestData.SpecialEducation().SchoolCode).ToList() }, ItemStatus.Missing),
        ["G7 no special school"] = ("G7", c => c with { Schools = c.Schools.Where(s => s.SchoolType != SchoolType.SpecialEducation).ToList() }, ItemStatus.Met),

        ["G8 above"] = ("G8", c => c, ItemStatus.Met),
        ["G8 equal"] = ("G8", c => c.WithFigure(N("teacher_avg_salary", 85_000)), ItemStatus.Met),
        ["G8 below"] = ("G8", c => c.WithFigure(N("teacher_avg_salary", 84_999)), ItemStatus.NotMet),
        ["G8 no civil pay"] = ("G8", c => c.WithoutFigure("civil_servant_avg_salary"), ItemStatus.Missing),

        ["G9 100"] = ("G9", c => c, ItemStatus.Met),
        ["G9 99.5"] = ("G9", c => c.WithFigure(N("training_360_completion_rate", 99.5)), ItemStatus.NotMet),
        ["G9 none"] = ("G9", c => c.WithoutFigure("training_360_completion_rate"), ItemStatus.Missing),

        ["G11 met"] = ("G11", c => c, ItemStatus.Met),
        ["G11 exactly 10 and 20"] = ("G11", c => c.WithFigure(N("rotated_teachers", 20)).WithFigure(N("rotated_backbone_teachers", 4)), ItemStatus.Met),
        ["G11 rotated 7.5"] = ("G11", c => c.WithFigure(N("rotated_teachers", 15)), ItemStatus.NotMet),
        ["G11 backbone 6.7"] = ("G11", c => c.WithFigure(N("rotated_backbone_teachers", 2)), ItemStatus.NotMet),
        ["G11 no eligible"] = ("G11", c => c.WithoutFigure("rotation_eligible_teachers"), ItemStatus.Missing),

        ["G12 all certified"] = ("G12", c => c, ItemStatus.Met),
        ["G12 one short"] = ("G12", c => c.WithSchool(TestData.Primary() with { CertifiedTeachers = 29 }), ItemStatus.NotMet),
        ["G12 not supplied"] = ("G12", c => c.WithSchool(TestData.Primary() with { CertifiedTeachers = null }), ItemStatus.Missing),

        ["G13 met"] = ("G13", c => c, ItemStatus.Met),
        ["G13 junior exactly 95"] = ("G13", c => c.WithFigure(N("nearby_enrollment_junior_rate", 95)), ItemStatus.Met),
        ["G13 junior 94"] = ("G13", c => c.WithFigure(N("nearby_enrollment_junior_rate", 94)), ItemStatus.NotMet),
        ["G13 primary 99"] = ("G13", c => c.WithFigure(N("nearby_enrollment_primary_rate", 99)), ItemStatus.NotMet),
        ["G13 junior none"] = ("G13", c => c.WithoutFigure("nearby_enrollment_junior_rate"), ItemStatus.Missing),
        ["G13 junior 94 primary none"] = ("G13", c => c.WithFigure(N("nearby_enrollment_junior_rate", 94)).WithoutFigure("nearby_enrollment_primary_rate"), ItemStatus.NotMet),

        ["G14 50"] = ("G14", c => c.WithFigure(N("quality_hs_quota_rate", 50)), ItemStatus.Met),
        ["G14 49"] = ("G14", c => c.WithFigure(N("quality_hs_quota_rate", 49)), ItemStatus.NotMet),
        ["G14 none"] = ("G14", c => c.WithoutFigure("quality_hs_quota_rate"), ItemStatus.Missing),

        ["G15 met"] = ("G15", c => c, ItemStatus.Met),
        ["G15 84"] = ("G15", c => c.WithFigure(N("migrant_public_rate", 84)), ItemStatus.NotMet),
        ["G15 no care system"] = ("G15", c => c.WithFigure(J("left_behind_care_system", false)), ItemStatus.NotMet),
        ["G15 care system pending"] = ("G15", c => c.WithoutFigure("left_behind_care_system"), ItemStatus.EvidencePending),
        ["G15 none"] = ("G15", c => c.WithoutFigure("migrant_public_rate"), ItemStatus.Missing),

        ["Q1 95"] = ("Q1", c => c.WithFigure(N("junior_retention_rate", 95)), ItemStatus.Met),
        ["Q1 94.9"] = ("Q1", c => c.WithFigure(N("junior_retention_rate", 94.9)), ItemStatus.NotMet),
        ["Q1 none"] = ("Q1", c => c.WithoutFigure("junior_retention_rate"), ItemStatus.Missing),

        ["Q2 100"] = ("Q2", c => c, ItemStatus.Met),
        ["Q2 96 under changji"] = ("Q2", c => c.WithFigure(N("disabled_enrollment_rate", 96)), ItemStatus.NotMet),
        ["Q2 none"] = ("Q2", c => c.WithoutFigure("disabled_enrollment_rate"), ItemStatus.Missing),

        ["Q4 6 percent"] = ("Q4", c => c, ItemStatus.Met),
        ["Q4 exactly 5 percent"] = ("Q4", c => c.WithFunding(TestData.Funding(TestData.Primary(), training: 5_000)), ItemStatus.Met),
        ["Q4 4.9 percent"] = ("Q4", c => c.WithFunding(TestData.Funding(TestData.Primary(), training: 4_900)), ItemStatus.NotMet),
        ["Q4 no funding row"] = ("Q4", c => c with { Funding = c.Funding.Where(f => f.SchoolCode != TestData.Junior().SchoolCode).ToList() }, ItemStatus.Missing),

        ["Q9 met"] = ("Q9", c => c, ItemStatus.Met),
        ["Q9 difference exactly 0.15"] = ("Q9", c => c.WithFigure(N("quality_monitoring_difference_rate", 0.15)), ItemStatus.NotMet),
        ["Q9 difference 0.149"] = ("Q9", c => c.WithFigure(N("quality_monitoring_difference_rate", 0.149)), ItemStatus.Met),
        ["Q9 below level 3"] = ("Q9", c => c.WithFigure(J("quality_monitoring_level3", false)), ItemStatus.NotMet),
        ["Q9 difference none"] = ("Q9", c => c.WithoutFigure("quality_monitoring_difference_rate"), ItemStatus.Missing),

        ["S1 85"] = ("S1", c => c.WithFigure(N("social_recognition_rate", 85)), ItemStatus.Met),
        ["S1 84.9"] = ("S1", c => c.WithFigure(N("social_recognition_rate", 84.9)), ItemStatus.NotMet),
        ["S1 none"] = ("S1", c => c.WithoutFigure("social_recognition_rate"), ItemStatus.Missing),

        ["C1 zero"] = ("C1", c => c, ItemStatus.Met),
        ["C1 one dropout"] = ("C1", c => c.WithFigure(N("dropout_students", 1)), ItemStatus.NotMet),
        ["C1 none"] = ("C1", c => c.WithoutFigure("dropout_students"), ItemStatus.Missing),

        ["C2 all grow"] = ("C2", c => c, ItemStatus.Met),
        ["C2 appropriation grows slower than revenue"] = ("C2", c => c.WithFigure(N("edu_appropriation", 1.03e9)), ItemStatus.NotMet),
        ["C2 teacher pay flat"] = ("C2", c => c.WithFigure(N("teacher_avg_salary", 85_000)).WithFigure(N("civil_servant_avg_salary", 80_000)), ItemStatus.NotMet),
        ["C2 public funds fell"] = ("C2", c => c.WithFigure(N("per_student_public_funds", 990)), ItemStatus.NotMet),
        ["C2 expense missing"] = ("C2", c => c.WithoutFigure("per_student_edu_expense"), ItemStatus.Missing),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void CountyItem_Case_GetsExpectedStatus(string name)
    {
        var (code, bend, expected) = Cases[name];
        var result = bend(Base).Evaluate().Item(code);
        Assert.Equal(expected, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
        if (expected == ItemStatus.Met)
        {
            Assert.Empty(result.Failures);
        }
    }

    [Fact]
    public void C2_NoPreviousYear_IsMissing()
    {
        var c2 = Evaluator.Evaluate(Base, null, TestData.Changji).Item("C2");
        Assert.Equal(ItemStatus.Missing, c2.Status);
        Assert.Contains("上一年", c2.Note);
    }

    [Fact]
    public void Q2_96_MeetsNationalButNotChangji()
    {
        var county = Base.WithFigure(N("disabled_enrollment_rate", 96));
        Assert.Equal(ItemStatus.Met, county.Evaluate(TestData.National).Item("Q2").Status);
        var changji = county.Evaluate(TestData.Changji).Item("Q2");
        Assert.Equal(ItemStatus.NotMet, changji.Status);
        Assert.Equal(100, changji.Threshold);
    }

    [Fact]
    public void CountyItems_NationalProfile_HasNoC1OrC2Results()
    {
        var codes = Base.Evaluate(TestData.National).CountyItems.Select(i => i.IndicatorCode).ToList();
        Assert.Equal(25, codes.Count);
        Assert.DoesNotContain("C1", codes);
        Assert.DoesNotContain("C2", codes);
    }

    [Theory]
    [InlineData("G3")]
    [InlineData("G4")]
    [InlineData("G5")]
    [InlineData("G6")]
    [InlineData("G7")]
    [InlineData("Q4")]
    public void SchoolBasedItem_Failing_NamesTheSchool(string code)
    {
        var bad = TestData.Primary("6523010077") with
        {
            SchoolName = "问题小学",
            PrimaryClasses = 36,
            PrimaryStudents = 2100,
            PrimaryMaxClassSize = 60,
            SchoolType = code == "G6" ? SchoolType.TeachingPoint : code == "G7" ? SchoolType.SpecialEducation : SchoolType.Primary,
        };
        if (code == "G6")
        {
            bad = bad with { PrimaryStudents = 60 };
        }

        var county = Base.WithSchool(bad, TestData.Funding(bad, allocated: 1_000, training: 100));
        var result = county.Evaluate().Item(code);
        Assert.Equal(ItemStatus.NotMet, result.Status);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("问题小学（6523010077）", failure.Subject);
        Assert.False(string.IsNullOrWhiteSpace(failure.DetailZh));
    }

    [Fact]
    public void Q4_PrivateSchoolBelow5Percent_IsNotMet()
    {
        // docs/standard.md §3 Q4: "every school", not only public ones; 民办 schools also budget public funds.
        var school = TestData.Primary("6523010088") with { SchoolName = "民办小学", Sponsor = Sponsor.Private };
        var q4 = Base.WithSchool(school, TestData.Funding(school, training: 1_000)).Evaluate().Item("Q4");
        Assert.Equal(ItemStatus.NotMet, q4.Status);
        Assert.Equal("民办小学（6523010088）", Assert.Single(q4.Failures).Subject);
    }

    [Fact]
    public void Q4_PrivateSchoolWithoutFundingRow_IsMissing()
    {
        var school = TestData.Primary("6523010088") with { Sponsor = Sponsor.Private };
        Assert.Equal(ItemStatus.Missing, Base.WithSchool(school).Evaluate().Item("Q4").Status);
    }

    [Theory]
    [InlineData("G3")]
    [InlineData("G4")]
    [InlineData("G5")]
    [InlineData("G6")]
    public void SchoolBasedItem_NoStatisticsForTheYear_IsMissingNotMet(string code)
    {
        // With no school rows there is nothing to judge: docs/standard.md §6 forbids counting that as met.
        var result = (Base with { Schools = [], Funding = [] }).Evaluate().Item(code);
        Assert.Equal(ItemStatus.Missing, result.Status);
        Assert.Contains("学校基础数据", result.Note);
    }

    [Fact]
    public void G12_RatioOverAllSchools_NotPerSchool()
    {
        // 30 + 40 + 20 teachers; one school reports 29 certified: 89 / 90.
        var g12 = Base.WithSchool(TestData.Primary() with { CertifiedTeachers = 29 }).Evaluate().Item("G12");
        Assert.Equal(100.0 * 89 / 90, g12.Value!.Value, 9);
        Assert.Equal(100, g12.Threshold);
    }

    [Fact]
    public void G11_Value_IsRotationRate()
    {
        var g11 = Base.Evaluate().Item("G11");
        Assert.Equal(15, g11.Value!.Value, 9);
        Assert.Equal(10, g11.Threshold);
    }

    private static SchoolStatistics NineYear(int primary, int junior) => TestData.Primary("6523010401", primary) with
    {
        SchoolType = SchoolType.NineYear,
        JuniorStudents = junior,
        JuniorClasses = 24,
        JuniorMaxClassSize = 45,
        JuniorTeachers = 80,
        JuniorQualifiedTeachers = 80,
        JuniorBackboneTeachers = 15,
        JuniorPeArtTeachers = 13,
    };

    [Fact]
    public void G7_NoSpecialEducationSchool_IsMetWithNote()
    {
        var county = Base with { Schools = Base.Schools.Where(s => s.SchoolType != SchoolType.SpecialEducation).ToList() };
        var g7 = county.Evaluate().Item("G7");
        Assert.Equal(ItemStatus.Met, g7.Status);
        Assert.Equal("本县无特殊教育学校", g7.Note);
    }

    [Fact]
    public void G6_PrivateSmallRuralSchoolUnderfunded_IsNotMetByDefault()
    {
        var school = SmallRural() with { SchoolName = "民办村小", Sponsor = Sponsor.Private };
        var g6 = Base.WithSchool(school, TestData.Funding(school, allocated: 1_000)).Evaluate().Item("G6");
        Assert.Equal(ItemStatus.NotMet, g6.Status);
        Assert.Equal("民办村小（6523010201）", Assert.Single(g6.Failures).Subject);
        Assert.DoesNotContain("公办", g6.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void G6_ProfileRestrictedToPublic_SkipsPrivateSchoolAndSaysSoInNote()
    {
        var publicOnly = Changji.Evaluation.Catalogue.Catalogue.Builtin
            .With("""{ "name": "public-g6", "basedOn": "national-2017", "items": [ { "code": "G6", "parameters": { "smallSchoolStudents": 100, "fundedStudents": 100, "publicOnly": 1 } } ] }""")
            .Get("public-g6");
        var school = SmallRural() with { Sponsor = Sponsor.Private };
        var g6 = Base.WithSchool(school, TestData.Funding(school, allocated: 1_000)).Evaluate(publicOnly).Item("G6");
        Assert.Equal(ItemStatus.Met, g6.Status);
        Assert.Contains("仅核查公办学校", g6.Note, StringComparison.Ordinal);
    }

    private static SchoolStatistics SmallRural() => TestData.Primary("6523010201", 60) with { UrbanRural = UrbanRural.Rural };
    private static SchoolStatistics SmallPoint() => TestData.Primary("6523010301", 40) with { SchoolType = SchoolType.TeachingPoint, UrbanRural = UrbanRural.Rural };
}
