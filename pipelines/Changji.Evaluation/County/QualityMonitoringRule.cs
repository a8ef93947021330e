using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

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
            case false: checks.Fail("学业水平达到Ⅲ级以上", "否"); break;
            default: checks.Missing("学业水平达到Ⅲ级以上（quality_monitoring_level3）"); break;
        }
        var rate = context.Number("quality_monitoring_difference_rate");
        if (rate is not { } r) checks.Missing("校际差异率（quality_monitoring_difference_rate）");
        else if (context.Meets(r, item.Comparator, threshold)) checks.Met();
        else checks.Fail("校际差异率", $"{Numbers.Show(r)}，未低于{Numbers.Show(threshold)}");
        return ItemResults.Create(item, context, checks.Status, checks.Note("项"), rate, threshold, checks.Failures);
    }
}
