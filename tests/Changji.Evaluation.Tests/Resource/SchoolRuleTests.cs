namespace Changji.Evaluation.Tests.Resource;

public class SchoolRuleTests
{
    // 500 pupils; the good school meets everything, each case bends one or two numerators.
    private static SchoolComplianceResult Rule(SchoolStatistics school) =>
        Assert.Single(new CountyYear { Year = TestData.Year, Schools = [school] }.Evaluate().Compliance);

    [Fact]
    public void SchoolRule_AllSevenMet_Passes()
    {
        var r = Rule(TestData.Primary());
        Assert.Equal(ItemStatus.Met, r.Status);
        Assert.Equal(7, r.IndicatorsMet);
    }

    [Fact]
    public void SchoolRule_EveryIndicatorExactlyAtThreshold_Passes()
    {
        var school = TestData.Primary(students: 1000) with
        {
            PrimaryQualifiedTeachers = 42,
            PrimaryBackboneTeachers = 10,
            PrimaryPeArtTeachers = 9,
            TeachingAreaM2 = 4500 + 1000,
            IndoorSportsAreaM2 = 1000,
            SportsGroundAreaM2 = 6500,
            EquipmentValueYuan = 2_000_000,
            MultimediaClassrooms = 23,
        };
        Assert.Equal(7, Rule(school).IndicatorsMet);
    }

    [Fact]
    public void SchoolRule_OneMissExactlyAtFloor_Passes()
    {
        // L4 at 3.825 m² per pupil: 0.85 × 4.5, the floor itself.
        var r = Rule(TestData.Primary() with { TeachingAreaM2 = 0.85 * 4.5 * 500 + 500 });
        Assert.Equal(ItemStatus.Met, r.Status);
        Assert.Equal(["L4"], r.Missed);
        Assert.Empty(r.BelowFloor);
    }

    [Fact]
    public void SchoolRule_OneMissAboveFloor_Passes()
    {
        var r = Rule(TestData.Primary() with { PrimaryQualifiedTeachers = 19 }); // 3.8 ≥ 3.57
        Assert.Equal(ItemStatus.Met, r.Status);
        Assert.Equal(6, r.IndicatorsMet);
    }

    [Fact]
    public void SchoolRule_OneMissBelowFloor_Fails()
    {
        var r = Rule(TestData.Primary() with { PrimaryQualifiedTeachers = 17 }); // 3.4 < 3.57
        Assert.Equal(ItemStatus.NotMet, r.Status);
        Assert.Equal(["L1"], r.BelowFloor);
    }

    [Fact]
    public void SchoolRule_TwoMissesAboveFloor_Fails()
    {
        var r = Rule(TestData.Primary() with { PrimaryQualifiedTeachers = 19, MultimediaClassrooms = 11 });
        Assert.Equal(ItemStatus.NotMet, r.Status);
        Assert.Equal(["L1", "L7"], r.Missed);
        Assert.Empty(r.BelowFloor);
    }

    [Fact]
    public void SchoolRule_OneMissingRestMet_IsMissing()
    {
        var r = Rule(TestData.Primary() with { PrimaryBackboneTeachers = null });
        Assert.Equal(ItemStatus.Missing, r.Status);
        Assert.Equal(1, r.IndicatorsMissing);
    }

    [Fact]
    public void SchoolRule_MissingButSuppliedOnesAlreadyFail_IsNotMet()
    {
        var r = Rule(TestData.Primary() with { PrimaryBackboneTeachers = null, PrimaryQualifiedTeachers = 17 });
        Assert.Equal(ItemStatus.NotMet, r.Status);
    }

    [Fact]
    public void SchoolRule_OneMissAboveFloorAndOneMissing_IsMissing()
    {
        var r = Rule(TestData.Primary() with { PrimaryBackboneTeachers = null, PrimaryQualifiedTeachers = 19 });
        Assert.Equal(ItemStatus.Missing, r.Status);
    }

    [Fact]
    public void SchoolRule_Junior_UsesJuniorThresholds()
    {
        // 5.0 qualified per 100 passes primary's 4.2 but misses junior's 5.3 (still above 4.505).
        var r = Rule(TestData.Junior(students: 600) with { JuniorQualifiedTeachers = 30 });
        Assert.Equal(["L1"], r.Missed);
        Assert.Equal(ItemStatus.Met, r.Status);
    }
}
