using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G13: nearby enrolment in urban and town public schools, primary ≥ 100 %, junior ≥ 95 %.</summary>
internal static class NearbyEnrolmentRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var checks = new SubChecks();
        Check(checks, context, ZhCn.Text("county.nearby_enrolment.primary"), "nearby_enrollment_primary_rate", item.Parameter("primaryMinPercent"));
        Check(checks, context, ZhCn.Text("county.nearby_enrolment.junior"), "nearby_enrollment_junior_rate", item.Parameter("juniorMinPercent"));
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.parts")), checks.MetPercent, 100, checks.Failures);
    }

    private static void Check(SubChecks checks, CountyContext context, string label, string figure, double min)
    {
        if (context.Number(figure) is not { } rate)
        {
            checks.Missing(ZhCn.Format("county.note.named_figure", ("label", label), ("figure", figure)));
        }
        else if (context.Meets(rate, Comparator.AtLeast, min))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(label, ZhCn.Format("county.percent_below", ("value", Numbers.Show(rate)), ("min", Numbers.Show(min))));
        }
    }
}
