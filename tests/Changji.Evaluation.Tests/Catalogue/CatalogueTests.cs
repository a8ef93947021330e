namespace Changji.Evaluation.Tests.Catalogue;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

public class CatalogueTests
{
    private static readonly string[] NationalCodes =
    [
        "L1", "L2", "L3", "L4", "L5", "L6", "L7",
        "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13", "G14", "G15",
        "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "S1",
    ];

    [Fact]
    public void Builtin_Profiles_AreBothPresent()
    {
        Assert.Equal(["changji-2022", "national-2017"], Catalogue.Builtin.Names);
        Assert.Equal("changji-2022", Catalogue.Builtin.Default.Name);
    }

    [Fact]
    public void National_HoldsEveryCodeOfTheStandard_InOrder()
    {
        Assert.Equal(NationalCodes, TestData.National.Items.Select(i => i.Code));
    }

    [Fact]
    public void Changji_AddsC1AndC2_ToTheNationalCodes()
    {
        Assert.Equal(NationalCodes.Append("C1").Append("C2"), TestData.Changji.Items.Select(i => i.Code));
        Assert.Equal(Area.Commitments, TestData.Changji.Get("C1").Area);
        Assert.Equal(Area.Commitments, TestData.Changji.Get("C2").Area);
        Assert.Equal("national-2017", TestData.Changji.BasedOn);
    }

    [Fact]
    public void Changji_OverridesQ2To100_NationalKeeps95()
    {
        Assert.Equal(95, TestData.National.Get("Q2").Threshold);
        Assert.Equal(100, TestData.Changji.Get("Q2").Threshold);
        Assert.Equal(TestData.National.Get("Q2").NameZh, TestData.Changji.Get("Q2").NameZh);
    }

    [Theory]
    [InlineData("L1", 4.2, 5.3)]
    [InlineData("L2", 1.0, 1.0)]
    [InlineData("L3", 0.9, 0.9)]
    [InlineData("L4", 4.5, 5.8)]
    [InlineData("L5", 7.5, 10.2)]
    [InlineData("L6", 2000, 2500)]
    [InlineData("L7", 2.3, 2.4)]
    public void SchoolIndicator_ThresholdsPerLevel_AreTheStandards(string code, double primary, double junior)
    {
        var item = TestData.National.Get(code);
        Assert.Equal(primary, item.ForLevel(SchoolLevel.Primary).Threshold);
        Assert.Equal(junior, item.ForLevel(SchoolLevel.Junior).Threshold);
        Assert.Equal(Area.Resource, item.Area);
        Assert.Equal(Comparator.AtLeast, item.Comparator);
    }

    [Theory]
    [InlineData("national-2017")]
    [InlineData("changji-2022")]
    public void Floors_EveryIndicator_Are85PercentOfThresholds(string profile)
    {
        var p = Catalogue.Builtin.Get(profile);
        Assert.Equal(0.85, p.Resource.FloorRatio);
        foreach (var item in p.SchoolIndicators)
        {
            foreach (var (_, limits) in item.Levels)
            {
                var expected = p.Resource.FloorRatio * limits.Threshold;
                Assert.True(Math.Abs(limits.Floor - expected) <= 1e-9 * expected, $"{item.Code}: {limits.Floor} vs {expected}");
            }
        }
    }

    [Fact]
    public void Floors_AreHeldAsData_NotDerived()
    {
        var floors = TestData.National.SchoolIndicators.Select(i => i.ForLevel(SchoolLevel.Primary).Floor);
        Assert.Equal([3.57, 0.85, 0.765, 3.825, 6.375, 1700, 1.955], floors);
        var junior = TestData.National.SchoolIndicators.Select(i => i.ForLevel(SchoolLevel.Junior).Floor);
        Assert.Equal([4.505, 0.85, 0.765, 4.93, 8.67, 2125, 2.04], junior);
    }

    [Fact]
    public void ResourceSettings_Builtin_AreTheStandards()
    {
        var r = TestData.National.Resource;
        Assert.Equal(CvMethod.Weighted, r.CvMethod);
        Assert.Equal(0.50, r.CvLimit(SchoolLevel.Primary));
        Assert.Equal(0.45, r.CvLimit(SchoolLevel.Junior));
        Assert.Equal(6, r.MinIndicatorsMet);
        Assert.Equal(new SplitWeights(1, 1.1, 1, 1.2, 1.32), r.SplitWeights);
        Assert.Equal(50, r.TeachingPointMinStudents);
        Assert.True(r.IncludePrivate);
        Assert.Equal(1e-9, r.Tolerance);
    }

    [Fact]
    public void Parameters_MultiNumberItems_AreHeld()
    {
        var p = TestData.National;
        Assert.Equal(12, p.Get("G3").Parameter("classesPerRoom"));
        Assert.Equal(96, p.Get("G3").Parameter("musicRoomMinM2"));
        Assert.Equal(90, p.Get("G3").Parameter("artRoomMinM2"));
        Assert.Equal(2000, p.Get("G4").Parameter("singleLevelMaxStudents"));
        Assert.Equal(2500, p.Get("G4").Parameter("combinedMaxStudents"));
        Assert.Equal(45, p.Get("G5").Parameter("primaryMaxClassSize"));
        Assert.Equal(50, p.Get("G5").Parameter("juniorMaxClassSize"));
        Assert.Equal(6000, p.Get("G7").Threshold);
        Assert.Equal(10, p.Get("G11").Parameter("rotatedMinPercent"));
        Assert.Equal(20, p.Get("G11").Parameter("backboneMinPercent"));
        Assert.Equal(100, p.Get("G13").Parameter("primaryMinPercent"));
        Assert.Equal(95, p.Get("G13").Parameter("juniorMinPercent"));
        Assert.Equal(0.15, p.Get("Q9").Threshold);
        Assert.Equal(Comparator.LessThan, p.Get("Q9").Comparator);
    }

    [Fact]
    public void Items_Every_HasChineseNameRuleUnitAndSource()
    {
        foreach (var item in TestData.Changji.Items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.NameZh), item.Code);
            Assert.False(string.IsNullOrWhiteSpace(item.RuleZh), item.Code);
            Assert.False(string.IsNullOrWhiteSpace(item.Unit), item.Code);
            Assert.Contains(item.RuleZh, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }

    [Fact]
    public void IndicatorRows_OnePerLevelForL_OneForCountyItems()
    {
        var rows = TestData.Changji.IndicatorRows();
        Assert.Equal(7 * 2 + 25 + 2, rows.Count);
        var l4 = rows.Single(r => r.IndicatorCode == "L4" && r.Level == "junior");
        Assert.Equal((5.8, 4.93, ">=", "resource", "changji-2022"), (l4.Threshold, l4.Floor, l4.Comparator, l4.Area, l4.Profile));
        var s1 = rows.Single(r => r.IndicatorCode == "S1");
        Assert.Equal((null, 85.0, "recognition"), (s1.Level, s1.Threshold, s1.Area));
    }

    [Fact]
    public void Get_UnknownProfile_Throws()
    {
        Assert.Throws<CatalogueException>(() => Catalogue.Builtin.Get("nope"));
    }
}
