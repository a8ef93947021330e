using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>An item that compares one county figure (its <c>figure</c> key) with its threshold.</summary>
internal static class FigureRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var figure = item.Figure ?? throw new CatalogueException($"Item {item.Code} names no figure.");
        var threshold = item.RequiredThreshold();
        if (context.Number(figure) is not { } value)
        {
            return ItemResults.Missing(item, context, figure, threshold);
        }

        var met = context.Meets(value, item.Comparator, threshold);
        var note = ZhCn.Format(
            "county.figure.note",
            ("name", item.NameZh), ("value", Numbers.Show(value)), ("unit", item.Unit), ("comparator", item.Comparator.ToDisplay()), ("threshold", Numbers.Show(threshold)));
        return ItemResults.Create(item, context, met ? ItemStatus.Met : ItemStatus.NotMet,
            EvidenceRule.Join(note, context.Figure(figure)?.Note), value, threshold);
    }
}
