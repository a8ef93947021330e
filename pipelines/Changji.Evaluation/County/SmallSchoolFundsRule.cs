using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>
/// G6: public rural primary schools and teaching points under 100 pupils are funded as if they had
/// 100: allocated public funds ≥ the primary base rate × 100. (Public funds are a 公办 budget line.)
/// </summary>
internal static class SmallSchoolFundsRule
{
    private const string BaseRateFigure = "public_fund_base_primary";

    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var below = item.Parameter("smallSchoolStudents");
        var funded = item.Parameter("fundedStudents");
        var baseRate = context.Number(BaseRateFigure);
        var checks = new SubChecks();
        foreach (var school in context.Schools)
        {
            if (!IsSmallRural(school, below)) continue;
            var name = SubChecks.SchoolName(school);
            if (baseRate is not { } rate || context.Funding(school.SchoolCode)?.PublicFundsAllocated is not { } allocated)
            {
                checks.Missing(name);
                continue;
            }
            var required = rate * funded;
            if (context.Meets(allocated, Comparator.AtLeast, required)) checks.Met();
            else checks.Fail(name, $"在校生{school.PrimaryStudents}人，公用经费实际拨付{Numbers.Show(allocated)}元，低于按{funded}人核定的{Numbers.Show(required)}元");
        }
        var note = checks.Note("所不足100人的村小学和教学点");
        if (baseRate is null && checks.Checked > 0) note += $"。县级数据未填报{BaseRateFigure}";
        return ItemResults.Create(item, context, checks.Status, note, checks.MetPercent, 100, checks.Failures);
    }

    private static bool IsSmallRural(SchoolStatistics school, double below) =>
        school.Sponsor == Sponsor.Public
        && (school.SchoolType == SchoolType.TeachingPoint
            || (school.SchoolType == SchoolType.Primary && school.UrbanRural == UrbanRural.Rural))
        && school.PrimaryStudents < below;
}
