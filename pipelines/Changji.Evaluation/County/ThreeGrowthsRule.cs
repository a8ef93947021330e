using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

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
            return ItemResults.Create(item, context, ItemStatus.Missing, "数据缺失：信息库中没有上一年数据");
        var checks = new SubChecks();
        var appropriation = Growth(context, "edu_appropriation");
        var revenue = Growth(context, "fiscal_recurrent_revenue");
        if (appropriation is not { } a || revenue is not { } r)
            checks.Missing("教育经费增长高于财政经常性收入增长（edu_appropriation、fiscal_recurrent_revenue）");
        else if (context.Meets(a, item.Comparator, r)) checks.Met();
        else checks.Fail("教育经费增长", $"教育经费增长{Numbers.Show(a)}%，未高于财政经常性收入增长{Numbers.Show(r)}%");

        Grows(checks, context, item, "生均一般公共预算教育事业费", "per_student_edu_expense");
        Grows(checks, context, item, "生均一般公共预算公用经费", "per_student_public_funds");
        Grows(checks, context, item, "教师年平均工资收入", "teacher_avg_salary");
        return ItemResults.Create(item, context, checks.Status, checks.Note("项"), appropriation, revenue, checks.Failures);
    }

    private static void Grows(SubChecks checks, CountyContext context, IndicatorDefinition item, string label, string figure)
    {
        var current = context.Number(figure);
        var previous = context.PreviousNumber(figure);
        if (current is not { } c || previous is not { } p) checks.Missing($"{label}（{figure}，本年或上一年）");
        else if (context.Meets(c, item.Comparator, p)) checks.Met();
        else checks.Fail(label, $"本年{Numbers.Show(c)}元，上一年{Numbers.Show(p)}元，未增长");
    }

    /// <summary>Growth over the previous year in %; null when either year is missing or the base is not positive.</summary>
    private static double? Growth(CountyContext context, string figure) =>
        context.Number(figure) is { } current && context.PreviousNumber(figure) is > 0 and var previous
            ? 100 * (current / previous - 1)
            : null;
}
