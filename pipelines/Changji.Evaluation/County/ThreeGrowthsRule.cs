using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// C2 三个增长 against the previous year: appropriation grows faster than recurrent revenue, and
/// per-student expense, per-student public funds and teacher pay grow. No previous year → missing.
/// </summary>
internal static class ThreeGrowthsRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        if (!context.HasPrevious)
        {
            return ItemResults.Create(item, context, ItemStatus.Missing, ZhCn.Text("county.three_growths.no_previous"));
        }

        var checks = new SubChecks();
        var appropriation = Growth(context, "edu_appropriation");
        var revenue = Growth(context, "fiscal_recurrent_revenue");
        if (appropriation is not { } a || revenue is not { } r)
        {
            checks.Missing(ZhCn.Text("county.three_growths.appropriation_missing"));
        }
        else if (context.Meets(a, item.Comparator, r))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(
            ZhCn.Text("county.three_growths.appropriation"),
            ZhCn.Format("county.three_growths.appropriation_not_higher", ("appropriation", Numbers.Show(a)), ("revenue", Numbers.Show(r))));
        }

        Grows(checks, context, item, ZhCn.Text("county.three_growths.per_student_expense"), "per_student_edu_expense");
        Grows(checks, context, item, ZhCn.Text("county.three_growths.per_student_public_funds"), "per_student_public_funds");
        Grows(checks, context, item, ZhCn.Text("county.three_growths.teacher_salary"), "teacher_avg_salary");
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.parts")), appropriation, revenue, checks.Failures);
    }

    private static void Grows(SubChecks checks, CountyContext context, IndicatorDefinition item, string label, string figure)
    {
        var current = context.Number(figure);
        var previous = context.PreviousNumber(figure);
        if (current is not { } c || previous is not { } p)
        {
            checks.Missing(ZhCn.Format("county.three_growths.figure_missing", ("label", label), ("figure", figure)));
        }
        else if (context.Meets(c, item.Comparator, p))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(label, ZhCn.Format("county.three_growths.not_grown", ("current", Numbers.Show(c)), ("previous", Numbers.Show(p))));
        }
    }

    /// <summary>Growth over the previous year in %; null when either year is missing or the base is not positive.</summary>
    private static double? Growth(CountyContext context, string figure) =>
        context.Number(figure) is { } current && context.PreviousNumber(figure) is > 0 and var previous
            ? 100 * (current / previous - 1)
            : null;
}
