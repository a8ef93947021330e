namespace Changji.Evaluation.Tests.Resource;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

public class VariationTests
{
    private static readonly int[] P = [45, 37, 89, 76, 55];
    private static readonly int[] A = [279, 137, 935, 160, 402];

    /// <summary>The worked example as five primary schools whose L4 rooms are 10 × the books.</summary>
    private static CountyYear WorkedExampleCounty() => new()
    {
        Year = TestData.Year,
        Schools = P.Select((p, i) => TestData.Primary($"65230100{i:00}", p) with
        {
            TeachingAreaM2 = 10.0 * A[i],
            IndoorSportsAreaM2 = 0,
            SportsGroundAreaM2 = 10.0 * p,
        }).ToList(),
    };

    /// <summary>Two junior schools of 300 pupils with 1590 and 4410 元 of equipment per pupil: CV 0.47.</summary>
    private static CountyYear JuniorCv047County() => new()
    {
        Year = TestData.Year,
        Schools =
        [
            TestData.Junior("6523010101", 300) with { EquipmentValueYuan = 1590.0 * 300 },
            TestData.Junior("6523010102", 300) with { EquipmentValueYuan = 4410.0 * 300 },
        ],
    };

    [Fact]
    public void Cv_WorkedExampleCounty_WeightedFailsPrimaryLimit()
    {
        var evaluation = WorkedExampleCounty().Evaluate(TestData.National);
        var cv = evaluation.Cv(SchoolLevel.Primary, "L4");
        Assert.Equal(0.515, cv.Cv!.Value, 3);
        Assert.Equal(63.34, cv.Mean!.Value, 2);
        Assert.Equal(302, cv.Students);
        Assert.Equal(5, cv.Schools);
        Assert.Equal(ItemStatus.NotMet, cv.Status);
        Assert.Contains("L4", evaluation.Areas.Single(a => a.Area == Area.Resource).Blocking);
    }

    [Fact]
    public void Cv_WorkedExampleCounty_UnweightedProfilePassesIt()
    {
        var unweighted = Catalogue.Builtin
            .With("""{ "name": "unweighted", "basedOn": "national-2017", "resource": { "cvMethod": "unweighted" } }""")
            .Get("unweighted");
        var cv = WorkedExampleCounty().Evaluate(unweighted).Cv(SchoolLevel.Primary, "L4");
        Assert.Equal(0.489, cv.Cv!.Value, 3);
        Assert.Equal(ItemStatus.Met, cv.Status);
    }

    [Fact]
    public void Cv_JuniorBetween045And050_FailsJuniorLimit()
    {
        var cv = JuniorCv047County().Evaluate(TestData.National).Cv(SchoolLevel.Junior, "L6");
        Assert.Equal(0.47, cv.Cv!.Value, 9);
        Assert.Equal(0.45, cv.CvLimit);
        Assert.Equal(ItemStatus.NotMet, cv.Status);
    }

    [Fact]
    public void Cv_SameSpreadAtPrimary_PassesPrimaryLimit()
    {
        var county = new CountyYear
        {
            Year = TestData.Year,
            Schools =
            [
                TestData.Primary("6523010001", 300) with { EquipmentValueYuan = 1590.0 * 300 },
                TestData.Primary("6523010002", 300) with { EquipmentValueYuan = 4410.0 * 300 },
            ],
        };
        var cv = county.Evaluate(TestData.National).Cv(SchoolLevel.Primary, "L6");
        Assert.Equal(0.47, cv.Cv!.Value, 9);
        Assert.Equal(ItemStatus.Met, cv.Status);
    }

    [Fact]
    public void Cv_ExactlyAtLimit_IsMet()
    {
        // 0.55 and 1.45 of the mean with equal weights: CV 0.45 up to floating-point noise.
        var county = JuniorCv047County() with
        {
            Schools =
            [
                TestData.Junior("6523010101", 300) with { EquipmentValueYuan = 0.55 * 3000 * 300 },
                TestData.Junior("6523010102", 300) with { EquipmentValueYuan = 1.45 * 3000 * 300 },
            ],
        };
        Assert.Equal(ItemStatus.Met, county.Evaluate(TestData.National).Cv(SchoolLevel.Junior, "L6").Status);
    }

    [Fact]
    public void Cv_OneUnitMissingNumerator_IsMissing()
    {
        var county = JuniorCv047County() with
        {
            Schools = [.. JuniorCv047County().Schools, TestData.Junior("6523010103") with { EquipmentValueYuan = null }],
        };
        var cv = county.Evaluate(TestData.National).Cv(SchoolLevel.Junior, "L6");
        Assert.Equal(ItemStatus.Missing, cv.Status);
        Assert.Null(cv.Cv);
        Assert.Equal(3, cv.Schools);
    }

    [Fact]
    public void Cv_ExcludedTeachingPoint_DoesNotCount()
    {
        var point = TestData.Primary("6523010301", 49) with { SchoolType = SchoolType.TeachingPoint, EquipmentValueYuan = 0 };
        var county = new CountyYear { Year = TestData.Year, Schools = [TestData.Primary(), point] };
        var cv = county.Evaluate().Cv(SchoolLevel.Primary, "L6");
        Assert.Equal(1, cv.Schools);
        Assert.Equal(0, cv.Cv);
    }

    [Fact]
    public void Cv_EveryUnitZeroNumerator_IsMissingWithNoteNotMet()
    {
        var county = new CountyYear
        {
            Year = TestData.Year,
            Schools = [TestData.Primary("6523010001", 300) with { MultimediaClassrooms = 0 }, TestData.Primary("6523010002", 500) with { MultimediaClassrooms = 0 }],
        };
        var evaluation = county.Evaluate(TestData.National);
        var cv = evaluation.Cv(SchoolLevel.Primary, "L7");
        Assert.Equal(ItemStatus.Missing, cv.Status);
        Assert.Null(cv.Cv);
        Assert.Contains("0/0", cv.Note, StringComparison.Ordinal);
        Assert.Contains("L7", evaluation.Areas.Single(a => a.Area == Area.Resource).Blocking);
    }
}
