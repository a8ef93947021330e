using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G15: migrant children in public (or government-funded private) schools ≥ 85 %, and a left-behind-children care system (evidence).</summary>
internal static class MigrantChildrenRule
{
    private const string CareSystem = "left_behind_care_system";

    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var figure = item.Figure ?? throw new CatalogueException($"Item {item.Code} names no figure.");
        var threshold = item.RequiredThreshold();
        var checks = new SubChecks();
        var rate = context.Number(figure);
        if (rate is not { } r)
        {
            checks.Missing(ZhCn.Format("county.note.named_figure", ("label", ZhCn.Text("county.migrant_children.rate")), ("figure", figure)));
        }
        else if (context.Meets(r, item.Comparator, threshold))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(ZhCn.Text("county.migrant_children.rate"), ZhCn.Format("county.percent_below", ("value", Numbers.Show(r)), ("min", Numbers.Show(threshold))));
        }

        switch (context.Judgement(CareSystem))
        {
            case true: checks.Met(); break;
            case false: checks.Fail(ZhCn.Text("county.migrant_children.care_system"), ZhCn.Text("county.evidence.no")); break;
            default: checks.Pending(ZhCn.Format("county.note.named_figure", ("label", ZhCn.Text("county.migrant_children.care_system")), ("figure", CareSystem))); break;
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.parts")), rate, threshold, checks.Failures);
    }
}
