using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>G13: nearby enrolment in urban and town public schools, primary ≥ 100 %, junior ≥ 95 %.</summary>
internal static class NearbyEnrolmentRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var checks = new SubChecks();
        Check(checks, context, "小学就近划片入学比例", "nearby_enrollment_primary_rate", item.Parameter("primaryMinPercent"));
        Check(checks, context, "初中就近划片入学比例", "nearby_enrollment_junior_rate", item.Parameter("juniorMinPercent"));
        return ItemResults.Create(item, context, checks.Status, checks.Note("项"), checks.MetPercent, 100, checks.Failures);
    }

    private static void Check(SubChecks checks, CountyContext context, string label, string figure, double min)
    {
        if (context.Number(figure) is not { } rate) checks.Missing($"{label}（{figure}）");
        else if (context.Meets(rate, Comparator.AtLeast, min)) checks.Met();
        else checks.Fail(label, $"{Numbers.Show(rate)}%，低于{Numbers.Show(min)}%");
    }
}
