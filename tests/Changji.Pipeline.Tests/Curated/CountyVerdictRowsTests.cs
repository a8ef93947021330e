using Changji.Evaluation;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Pipeline.Curated;

namespace Changji.Pipeline.Tests.Curated;

public sealed class CountyVerdictRowsTests
{
    private static Profile Changji => Catalogue.Builtin.Get("changji-2022");

    [Fact]
    public void CountyVerdicts_AnyYear_FiveAreasThenNationalThenPlan()
    {
        var evaluation = Evaluator.Evaluate(new CountyYear { Year = 2024, Schools = [] }, null, Changji);

        var rows = CuratedRows.CountyVerdicts(evaluation, Changji, "652301");

        Assert.Equal(["resource", "guarantee", "quality", "recognition", "commitments", "national", "plan"], rows.Select(r => r.Area));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], rows.Select(r => r.SortOrder));
        Assert.Equal("地方承诺", rows.Single(r => r.Area == "commitments").AreaZh);
        Assert.DoesNotContain(CuratedRows.CountyIndicators(evaluation, "652301"), r => r.IndicatorCode == "overall" || r.IndicatorCode.StartsWith("area:", StringComparison.Ordinal));
    }

    [Fact]
    public void CountyVerdicts_RejectedSchools_ResourceRowNamesThemAndNationalIsNotMet()
    {
        var county = new CountyYear { Year = 2024, Schools = [], RejectedSchools = ["6523010555"] };
        var evaluation = Evaluator.Evaluate(county, null, Changji);

        var rows = CuratedRows.CountyVerdicts(evaluation, Changji, "652301");

        var resource = rows.Single(r => r.Area == "resource");
        Assert.Equal("missing", resource.Status);
        Assert.EndsWith("6523010555", resource.BlockingCodes, StringComparison.Ordinal);
        Assert.Contains("学校基础数据被退回且尚未补报", resource.Note, StringComparison.Ordinal);
        Assert.NotEqual("met", rows.Single(r => r.Area == "national").Status);
        Assert.NotEqual("met", rows.Single(r => r.Area == "plan").Status);
    }
}
