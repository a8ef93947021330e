namespace Changji.Evaluation.Tests;

public class CountyVerdictTests
{
    private static AreaVerdict AreaOf(CountyEvaluation e, Area area) => e.Areas.Single(a => a.Area == area);

    [Theory]
    [InlineData("national-2017")]
    [InlineData("changji-2022")]
    public void Verdict_AllMetCounty_PassesWithNothingBlocking(string profile)
    {
        var e = TestData.County().Evaluate(Changji.Evaluation.Catalogue.Catalogue.Builtin.Get(profile));
        Assert.All(e.CountyItems, i => Assert.Equal(ItemStatus.Met, i.Status));
        Assert.Equal([Area.Resource, Area.Guarantee, Area.Quality, Area.Recognition, Area.Commitments], e.Areas.Select(a => a.Area));
        Assert.All(e.Areas, a => Assert.True(a.Passed));
        Assert.True(e.Passed);
        Assert.Empty(e.Blocking);
        Assert.Equal(profile, e.Profile);
        Assert.Equal(TestData.Year, e.Year);
    }

    [Fact]
    public void Verdict_RecognitionBelow85_BlocksOnS1Only()
    {
        var e = TestData.County().WithFigure(TestData.Number("social_recognition_rate", 84)).Evaluate();
        Assert.Equal(ItemStatus.NotMet, AreaOf(e, Area.Recognition).Status);
        Assert.True(AreaOf(e, Area.Quality).Passed);
        Assert.Equal(ItemStatus.NotMet, e.Overall);
        Assert.Equal(["S1"], e.Blocking);
    }

    [Fact]
    public void Note_FigureBelowThreshold_NamesTheItemInChineseForTheSupervisionOffice()
    {
        var e = TestData.County().WithFigure(TestData.Number("social_recognition_rate", 84)).Evaluate();

        var s1 = e.CountyItems.Single(i => i.IndicatorCode == "S1");
        Assert.StartsWith("社会认可度 84%，要求 ≥ 85%", s1.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_PendingEvidence_IsNotAPass()
    {
        var e = TestData.County().WithoutFigure("Q5").Evaluate();
        Assert.Equal(ItemStatus.EvidencePending, AreaOf(e, Area.Quality).Status);
        Assert.Equal(ItemStatus.EvidencePending, e.Overall);
        Assert.False(e.Passed);
        Assert.Equal(["Q5"], e.Blocking);
    }

    [Fact]
    public void Verdict_MissingAndNotMet_OverallIsNotMet()
    {
        var e = TestData.County().WithoutFigure("junior_retention_rate")
            .WithFigure(TestData.Number("quality_hs_quota_rate", 40)).Evaluate();
        Assert.Equal(ItemStatus.Missing, AreaOf(e, Area.Quality).Status);
        Assert.Equal(ItemStatus.NotMet, AreaOf(e, Area.Guarantee).Status);
        Assert.Equal(ItemStatus.NotMet, e.Overall);
        Assert.Equal(["G14", "Q1"], e.Blocking);
    }

    [Fact]
    public void Verdict_SchoolBelowFloor_BlocksResourceOnItsCode()
    {
        var e = TestData.County().WithSchool(TestData.Primary() with { PrimaryPeArtTeachers = 3 }).Evaluate(); // 0.6 < 0.765
        var resource = AreaOf(e, Area.Resource);
        Assert.Equal(ItemStatus.NotMet, resource.Status);
        Assert.Equal(["L3"], resource.Blocking);
        Assert.Equal(["L3"], e.Blocking);
    }

    [Fact]
    public void Verdict_SchoolWithOneMissAboveFloor_DoesNotBlock()
    {
        var e = TestData.County().WithSchool(TestData.Primary() with { PrimaryPeArtTeachers = 4 }).Evaluate(); // 0.8 ≥ 0.765
        Assert.True(AreaOf(e, Area.Resource).Passed);
        Assert.True(e.Passed);
    }

    [Fact]
    public void Verdict_JuniorCvBetween045And050_BlocksResource()
    {
        var county = TestData.County() with
        {
            Schools =
            [
                TestData.Primary(), TestData.SpecialEducation(),
                TestData.Junior("6523010101", 300) with { EquipmentValueYuan = 1590.0 * 300 * 2 },
                TestData.Junior("6523010102", 300) with { EquipmentValueYuan = 4410.0 * 300 * 2 },
            ],
        };
        var e = county with { Funding = county.Schools.Select(s => TestData.Funding(s)).ToList() };
        var result = e.Evaluate(TestData.National);
        // Both schools pass the school rule (3180 and 8820 元 per pupil); only the CV of 0.47 blocks.
        Assert.All(result.Compliance, c => Assert.True(c.Passed));
        Assert.Equal(0.47, result.Cv(SchoolLevel.Junior, "L6").Cv!.Value, 9);
        Assert.Equal(["L6"], AreaOf(result, Area.Resource).Blocking);
        Assert.Equal(["L6"], result.Blocking);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Verdict_MissingSchoolData_MakesResourceMissingNotMet()
    {
        var e = TestData.County().WithSchool(TestData.Primary() with { MultimediaClassrooms = null }).Evaluate();
        var resource = AreaOf(e, Area.Resource);
        Assert.Equal(ItemStatus.Missing, resource.Status);
        Assert.Equal(["L7"], resource.Blocking);
    }

    [Fact]
    public void Verdict_NoSchoolInResourceScope_ResourceIsMissingNotMet()
    {
        // Only a special-education school: no unit to judge L1–L7 or a CV on, so the area is not met.
        var special = TestData.SpecialEducation();
        var e = (TestData.County() with { Schools = [special], Funding = [TestData.Funding(special)] }).Evaluate();
        var resource = AreaOf(e, Area.Resource);
        Assert.Equal(ItemStatus.Missing, resource.Status);
        Assert.False(resource.Passed);
        Assert.Equal(["L1", "L2", "L3", "L4", "L5", "L6", "L7"], resource.Blocking);
        Assert.False(e.Passed);
    }

    [Fact]
    public void Verdict_GuaranteeWithMissingAndPendingItems_IsMissingNotMet()
    {
        var e = TestData.County().WithoutFigure("G10").WithoutFigure("training_360_completion_rate").Evaluate();
        var guarantee = AreaOf(e, Area.Guarantee);
        Assert.Equal(ItemStatus.Missing, guarantee.Status);
        Assert.Equal(["G9", "G10"], guarantee.Blocking);
        Assert.False(e.Passed);
    }

    [Fact]
    public void Verdict_BlockingOrder_FollowsAreasThenCatalogue()
    {
        var e = TestData.County()
            .WithSchool(TestData.Primary() with { PrimaryPeArtTeachers = 3 })
            .WithFigure(TestData.Number("social_recognition_rate", 80))
            .WithFigure(TestData.Number("dropout_students", 2))
            .WithFigure(TestData.Judgement("G1", false))
            .Evaluate();
        Assert.Equal(["L3", "G1", "S1"], e.National.Blocking);
        Assert.Equal(["L3", "G1", "S1", "C1"], e.Plan.Blocking);
    }

    [Fact]
    public void Commitments_C1AndC2_FormTheirOwnAreaOutsideTheNationalOnes()
    {
        var e = TestData.County().Evaluate();
        Assert.Equal(["C1", "C2"], e.CountyItems.Where(i => i.Area == Area.Commitments).Select(i => i.IndicatorCode));
        Assert.DoesNotContain(e.CountyItems, i => i.IndicatorCode.StartsWith('C') && i.Area != Area.Commitments);
        Assert.Equal("地方承诺", Area.Commitments.ToChinese());
        Assert.Equal("commitments", Area.Commitments.ToCode());
    }

    [Fact]
    public void Commitments_DropoutNotZero_BlocksPlanButNotNational()
    {
        var e = TestData.County().WithFigure(TestData.Number("dropout_students", 2)).Evaluate();
        Assert.Equal(ItemStatus.NotMet, e.Commitments.Status);
        Assert.Equal(["C1"], e.Commitments.Blocking);
        Assert.True(AreaOf(e, Area.Quality).Passed);
        Assert.True(e.National.Passed);
        Assert.Equal(ItemStatus.Met, e.Overall);
        Assert.Equal(ItemStatus.NotMet, e.Plan.Status);
        Assert.Equal(["C1"], e.Plan.Blocking);
    }

    [Fact]
    public void Commitments_FirstYearWithoutPreviousC2Missing_BlocksOnlyCommitmentsAndPlan()
    {
        var e = Evaluator.Evaluate(TestData.County(), null, TestData.Changji);
        Assert.Equal(ItemStatus.Missing, e.Commitments.Status);
        Assert.Equal(["C2"], e.Commitments.Blocking);
        Assert.True(AreaOf(e, Area.Guarantee).Passed);
        Assert.True(e.National.Passed);
        Assert.Equal(ItemStatus.Missing, e.Plan.Status);
    }

    [Fact]
    public void Plan_NationalNotMet_IsNotMetEvenWithCommitmentsMet()
    {
        var e = TestData.County().WithFigure(TestData.Number("quality_hs_quota_rate", 40)).Evaluate();
        Assert.True(e.Commitments.Passed);
        Assert.Equal(ItemStatus.NotMet, e.National.Status);
        Assert.Equal(ItemStatus.NotMet, e.Plan.Status);
        Assert.Equal(["G14"], e.Plan.Blocking);
    }

    [Fact]
    public void RejectedSchools_OtherwiseAllMetCounty_ResourceMissingNamingThemAndNoVerdictMet()
    {
        var e = (TestData.County() with { RejectedSchools = ["6523010555", "6523010444"] }).Evaluate();
        var resource = AreaOf(e, Area.Resource);
        Assert.Equal(ItemStatus.Missing, resource.Status);
        Assert.Equal(["6523010444", "6523010555"], resource.Blocking);
        Assert.Contains("6523010444、6523010555", resource.Note, StringComparison.Ordinal);
        Assert.Contains("被退回", resource.Note, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Missing, e.National.Status);
        Assert.Equal(ItemStatus.Missing, e.Plan.Status);
        Assert.Contains("6523010555", e.National.Blocking);
    }

    [Fact]
    public void RejectedSchools_ResourceAlsoFailing_StaysNotMetAndNamesBoth()
    {
        var e = (TestData.County().WithSchool(TestData.Primary() with { PrimaryPeArtTeachers = 3 }) with { RejectedSchools = ["6523010555"] }).Evaluate();
        var resource = AreaOf(e, Area.Resource);
        Assert.Equal(ItemStatus.NotMet, resource.Status);
        Assert.Equal(["L3", "6523010555"], resource.Blocking);
    }

    [Fact]
    public void RejectedSchools_Empty_ResourceHasNoNote()
    {
        var e = TestData.County().Evaluate();
        Assert.True(AreaOf(e, Area.Resource).Passed);
        Assert.Null(AreaOf(e, Area.Resource).Note);
    }
}
