using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>An evidence item: the recorded 是/否 judgement, or 待核验 when none is recorded yet.</summary>
internal static class EvidenceRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var note = context.Figure(item.Code)?.Note;
        return context.Judgement(item.Code) switch
        {
            true => ItemResults.Create(item, context, ItemStatus.Met, Join(ZhCn.Text("county.evidence.yes"), note)),
            false => ItemResults.Create(item, context, ItemStatus.NotMet, Join(ZhCn.Text("county.evidence.no"), note)),
            null => ItemResults.Create(item, context, ItemStatus.EvidencePending, ZhCn.Text("county.evidence.pending")),
        };
    }

    public static string Join(string head, string? note) => string.IsNullOrWhiteSpace(note) ? head : ZhCn.Format("county.evidence.with_note", ("head", head), ("note", note));
}
