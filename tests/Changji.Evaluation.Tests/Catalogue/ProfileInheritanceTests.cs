namespace Changji.Evaluation.Tests.Catalogue;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

public class ProfileInheritanceTests
{
    private const string Shenyang = """
        {
          "name": "shenyang-2019",
          "basedOn": "national-2017",
          "titleZh": "沈阳市变体（特殊教育生均公用经费8000元）",
          "items": [ { "code": "G7", "threshold": 8000, "ruleZh": "每所特殊教育学校生均公用经费 ≥ 8000 元" } ]
        }
        """;

    [Fact]
    public void ThirdProfile_FromJson_OverridesG7AndInheritsTheRest()
    {
        var catalogue = Catalogue.Builtin.With(Shenyang);
        var profile = catalogue.Get("shenyang-2019");
        Assert.Equal(8000, profile.Get("G7").Threshold);
        Assert.Equal(TestData.National.Get("G7").NameZh, profile.Get("G7").NameZh);
        Assert.Equal(TestData.National.Items.Select(i => i.Code), profile.Items.Select(i => i.Code));
        Assert.Equal(6000, catalogue.Get("national-2017").Get("G7").Threshold);
        Assert.Equal(3, catalogue.Profiles.Count);
    }

    [Fact]
    public void ThirdProfile_G7At8000_FailsASchoolFundedAt7000()
    {
        var profile = Catalogue.Builtin.With(Shenyang).Get("shenyang-2019");
        var special = TestData.SpecialEducation();
        var county = TestData.County().WithFunding(TestData.Funding(special, allocated: 7000 * 50));

        Assert.Equal(ItemStatus.Met, county.Evaluate(TestData.National).Item("G7").Status);
        var g7 = county.Evaluate(profile).Item("G7");
        Assert.Equal(ItemStatus.NotMet, g7.Status);
        Assert.Equal(8000, g7.Threshold);
        Assert.Contains("特殊教育学校", g7.Failures.Single().Subject);
    }

    [Fact]
    public void Parse_BasedOnInAnyOrder_Resolves()
    {
        var national = Catalogue.Builtin.Get("national-2017");
        const string child = """{ "name": "child", "basedOn": "base", "resource": { "cvLimits": { "junior": 0.40 } } }""";
        const string parent = """
            { "name": "base", "version": "1", "resource": { "cvMethod": "unweighted", "cvLimits": { "primary": 0.5, "junior": 0.45 },
              "floorRatio": 0.85, "minIndicatorsMet": 6, "teachingPointMinStudents": 50, "tolerance": 1e-9,
              "splitWeights": { "primary": 1, "junior": 1.1, "juniorComplete": 1, "seniorComplete": 1.2, "seniorTwelveYear": 1.32 } },
              "items": [ { "code": "L1", "nameZh": "甲", "area": "resource", "comparator": ">=", "unit": "人", "source": "stats",
                           "ruleZh": "规则", "scale": 100, "levels": { "primary": { "threshold": 4 } } } ] }
            """;
        var profile = Catalogue.Parse(child, parent).Get("child");
        Assert.Equal(0.40, profile.Resource.CvLimit(SchoolLevel.Junior));
        Assert.Equal(0.5, profile.Resource.CvLimit(SchoolLevel.Primary));
        Assert.Equal(CvMethod.Unweighted, profile.Resource.CvMethod);
        // A floor left out is the floor ratio of the threshold.
        Assert.Equal(3.4, profile.Get("L1").ForLevel(SchoolLevel.Primary).Floor, 12);
        Assert.NotNull(national);
    }

    [Fact]
    public void Profile_BasicBalanceLimits_AreExpressibleAsData()
    {
        // The older 基本均衡 standard used 0.65 / 0.55: only data changes.
        const string basic = """{ "name": "basic-2012", "basedOn": "national-2017", "resource": { "cvLimits": { "primary": 0.65, "junior": 0.55 } } }""";
        var profile = Catalogue.Builtin.With(basic).Get("basic-2012");
        Assert.Equal(0.65, profile.Resource.CvLimit(SchoolLevel.Primary));
        Assert.Equal(0.55, profile.Resource.CvLimit(SchoolLevel.Junior));
    }

    [Fact]
    public void NewItem_NamingAFigure_IsEvaluatedWithoutCode()
    {
        const string extra = """
            { "name": "extra", "basedOn": "changji-2022",
              "items": [ { "code": "P1", "nameZh": "寄宿制学校比例", "area": "quality", "comparator": ">=", "unit": "%",
                           "source": "county", "threshold": 30, "figure": "boarding_rate", "ruleZh": "寄宿比例 ≥ 30%" } ] }
            """;
        var profile = Catalogue.Builtin.With(extra).Get("extra");
        var county = TestData.County();
        Assert.Equal(ItemStatus.Missing, county.Evaluate(profile).Item("P1").Status);
        Assert.Equal(ItemStatus.NotMet, county.WithFigure(TestData.Number("boarding_rate", 29)).Evaluate(profile).Item("P1").Status);
        Assert.Equal(ItemStatus.Met, county.WithFigure(TestData.Number("boarding_rate", 30)).Evaluate(profile).Item("P1").Status);
    }

    [Fact]
    public void Parse_CyclicBasedOn_IsRejected()
    {
        Assert.Throws<CatalogueException>(() => Catalogue.Parse(
            """{ "name": "a", "basedOn": "b" }""", """{ "name": "b", "basedOn": "a" }"""));
    }

    [Fact]
    public void Parse_DuplicateProfileName_IsRejected()
    {
        Assert.Throws<CatalogueException>(() => Catalogue.Builtin.With("""{ "name": "national-2017", "basedOn": "changji-2022" }"""));
    }

    [Fact]
    public void Parse_UnknownBase_IsRejected()
    {
        Assert.Throws<CatalogueException>(() => Catalogue.Builtin.With("""{ "name": "x", "basedOn": "national-1999" }"""));
    }
}
