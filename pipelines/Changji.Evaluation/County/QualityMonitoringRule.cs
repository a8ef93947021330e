using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>Q9: monitored subjects at level Ⅲ or above (是/否), and an inter-school difference rate below the threshold.</summary>
internal static class QualityMonitoringRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var threshold = item.RequiredThreshold();
        var checks = new SubChecks();
        switch (context.Judgement("quality_monitoring_level3"))
        {
            case true: checks.Met(); break;
            case false: checks.Fail(ZhCn.Text("county.quality_monitoring.level3"), ZhCn.Text("county.quality_monitoring.no")); break;
            default: checks.Missing(ZhCn.Text("county.quality_monitoring.level3_missing")); break;
        }
        var rate = context.Number("quality_monitoring_difference_rate");
        if (rate is not { } r)
        {
            checks.Missing(ZhCn.Text("county.quality_monitoring.rate_missing"));
        }
        else if (context.Meets(r, item.Comparator, threshold))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(ZhCn.Text("county.quality_monitoring.rate"), ZhCn.Format("county.quality_monitoring.rate_not_below", ("rate", Numbers.Show(r)), ("threshold", Numbers.Show(threshold))));
        }

        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.parts")), rate, threshold, checks.Failures);
    }
}
