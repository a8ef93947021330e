using Changji.Evaluation.Resource;

namespace Changji.Evaluation.Tests.Resource;

public class SchoolIndicatorTests
{
    private static SchoolUnit Unit(int students, SchoolLevel level = SchoolLevel.Primary) => new()
    {
        Year = TestData.Year,
        SchoolCode = "6523010001",
        Level = level,
        Students = students,
        FacilityShare = 1,
        InScope = true,
    };

    private static SchoolIndicatorResult Calc(string code, double? numerator, int students = 500, SchoolLevel level = SchoolLevel.Primary) =>
        IndicatorCalculator.Calculate(Unit(students, level), TestData.National.Get(code), numerator, TestData.National.Resource.Tolerance);

    [Fact]
    public void Indicator_ExactlyAtThreshold_IsMet()
    {
        // 4.5 m² × 500 pupils: value computed by division must still meet 4.5.
        var r = Calc("L4", 2250);
        Assert.Equal(ItemStatus.Met, r.Status);
        Assert.Equal(0, r.Gap);
    }

    [Fact]
    public void Indicator_ExactlyAtThresholdAwkwardNumbers_IsMet()
    {
        // 2.3 rooms per 100 pupils of 1000 pupils is 23 rooms; 0.1 + 0.2-style rounding must not fail it.
        Assert.True(Calc("L7", 23, 1000).Met);
        Assert.True(Calc("L1", 4.2 * 7 / 100 * 100, 700).Met);
    }

    [Fact]
    public void Indicator_ExactlyAtFloor_IsAboveFloor()
    {
        var r = Calc("L4", 0.85 * 4.5 * 500);
        Assert.False(r.Met);
        Assert.True(r.AboveFloor);
    }

    [Fact]
    public void Indicator_JustBelowFloor_IsBelowFloor()
    {
        var r = Calc("L4", 3.82 * 500);
        Assert.False(r.AboveFloor);
    }

    [Fact]
    public void Indicator_PerHundred_ValueTimes100AndGapInTeachers()
    {
        // 18 qualified teachers for 500 pupils: 3.6 per 100; 4.2 needs 21 teachers: 3 short.
        var r = Calc("L1", 18);
        Assert.Equal(3.6, r.Value!.Value, 12);
        Assert.Equal(3, r.Gap!.Value, 9);
        Assert.Equal(ItemStatus.NotMet, r.Status);
        Assert.True(r.AboveFloor);
    }

    [Fact]
    public void Indicator_PerStudent_GapInSquareMetres()
    {
        // 4.5 m² × 500 = 2250 m² needed; 1830 supplied: 420 m² short.
        var r = Calc("L4", 1830);
        Assert.Equal(420, r.Gap!.Value, 9);
    }

    [Fact]
    public void Indicator_Equipment_GapInYuan()
    {
        var r = Calc("L6", 2_400_000, 1000, SchoolLevel.Junior);
        Assert.Equal(2400, r.Value!.Value, 9);
        Assert.Equal(100_000, r.Gap!.Value, 6);
        Assert.Equal(2500, r.Threshold);
        Assert.Equal(2125, r.Floor);
    }

    [Fact]
    public void Indicator_NullNumerator_IsMissingNotZero()
    {
        var r = Calc("L2", null);
        Assert.Equal(ItemStatus.Missing, r.Status);
        Assert.Null(r.Value);
        Assert.Null(r.Met);
        Assert.Null(r.Gap);
    }

    [Fact]
    public void Indicator_L4_SubtractsIndoorSports_L5_AddsIt()
    {
        var school = TestData.Primary() with { TeachingAreaM2 = 3000, IndoorSportsAreaM2 = 400, SportsGroundAreaM2 = 3600 };
        var results = new CountyYear { Year = TestData.Year, Schools = [school] }.Evaluate().SchoolIndicators;
        Assert.Equal(2600, results.Single(r => r.IndicatorCode == "L4").Numerator);
        Assert.Equal(4000, results.Single(r => r.IndicatorCode == "L5").Numerator);
    }

    [Fact]
    public void Indicator_MissingIndoorSports_MakesL4AndL5Missing()
    {
        var school = TestData.Primary() with { IndoorSportsAreaM2 = null };
        var results = new CountyYear { Year = TestData.Year, Schools = [school] }.Evaluate().SchoolIndicators;
        Assert.Equal(ItemStatus.Missing, results.Single(r => r.IndicatorCode == "L4").Status);
        Assert.Equal(ItemStatus.Missing, results.Single(r => r.IndicatorCode == "L5").Status);
        Assert.Equal(ItemStatus.Met, results.Single(r => r.IndicatorCode == "L6").Status);
    }
}
