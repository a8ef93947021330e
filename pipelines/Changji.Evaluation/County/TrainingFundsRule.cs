using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// Q4: every school in the statistics budgets at least 5 % of its public funds for teacher training.
/// docs/standard.md §3 says "every school": 民办 compulsory schools receive public funds too, so they are checked.
/// </summary>
internal static class TrainingFundsRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var threshold = item.RequiredThreshold();
        var checks = new SubChecks();
        double? lowest = null;
        foreach (var school in context.Schools)
        {
            var name = SubChecks.SchoolName(school);
            var funding = context.Funding(school.SchoolCode);
            if (funding?.PublicFundsBudget is not > 0 || funding.TrainingBudget is not { } training)
            {
                checks.Missing(name);
                continue;
            }
            var share = 100 * training / funding.PublicFundsBudget.Value;
            lowest = Math.Min(lowest ?? share, share);
            if (context.Meets(share, item.Comparator, threshold))
            {
                checks.Met();
            }
            else
            {
                checks.Fail(school, ZhCn.Format("county.training_funds.below", ("share", Numbers.Show(share)), ("threshold", Numbers.Show(threshold))));
            }
        }
        if (checks.Checked == 0)
        {
            return ItemResults.Missing(item, context, IndicatorSource.Funding.ToChinese(), threshold);
        }

        return ItemResults.Create(item, context, checks.Status, ZhCn.Format("county.training_funds.note", ("note", checks.Note(ZhCn.Text("county.kind.schools")))),
            lowest, threshold, checks.Failures);
    }
}
