using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// G6: rural primary schools and teaching points under 100 pupils, public and private alike, are funded
/// as if they had 100: allocated public funds ≥ the primary base rate × 100. A profile restricts the item
/// to public schools with the parameter <c>publicOnly</c> = 1, and the note says so (docs/standard.md §2).
/// </summary>
internal static class SmallSchoolFundsRule
{
    private const string BaseRateFigure = "public_fund_base_primary";
    private const string PublicOnlyParameter = "publicOnly";

    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var below = item.Parameter("smallSchoolStudents");
        var funded = item.Parameter("fundedStudents");
        var publicOnly = item.Parameters.TryGetValue(PublicOnlyParameter, out var flag) && flag != 0;
        var baseRate = context.Number(BaseRateFigure);
        var checks = new SubChecks();
        foreach (var school in context.Schools)
        {
            if (!IsSmallRural(school, below) || (publicOnly && school.Sponsor != Sponsor.Public))
            {
                continue;
            }

            var name = SubChecks.SchoolName(school);
            if (baseRate is not { } rate || context.Funding(school.SchoolCode)?.PublicFundsAllocated is not { } allocated)
            {
                checks.Missing(name);
                continue;
            }
            var required = rate * funded;
            if (context.Meets(allocated, Comparator.AtLeast, required))
            {
                checks.Met();
            }
            else
            {
                checks.Fail(school, ZhCn.Format(
                "county.small_school_funds.below",
                ("students", school.PrimaryStudents), ("allocated", Numbers.Show(allocated)), ("funded", funded), ("required", Numbers.Show(required))));
            }
        }
        var note = checks.Note(ZhCn.Text("county.small_school_funds.kind"));
        if (publicOnly)
        {
            note += ZhCn.Text("county.small_school_funds.public_only");
        }
        if (baseRate is null && checks.Checked > 0)
        {
            note += ZhCn.Format("county.small_school_funds.base_rate_missing", ("figure", BaseRateFigure));
        }

        return ItemResults.Create(item, context, checks.Status, note, checks.MetPercent, 100, checks.Failures);
    }

    private static bool IsSmallRural(SchoolStatistics school, double below) =>
        (school.SchoolType == SchoolType.TeachingPoint
            || (school.SchoolType == SchoolType.Primary && school.UrbanRural == UrbanRural.Rural))
        && school.PrimaryStudents < below;
}
