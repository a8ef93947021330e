using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>An evidence item: the recorded 是/否 judgement, or 待核验 when none is recorded yet.</summary>
internal static class EvidenceRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var note = context.Figure(item.Code)?.Note;
        return context.Judgement(item.Code) switch
        {
            true => ItemResults.Create(item, context, ItemStatus.Met, Join("佐证认定：是", note)),
            false => ItemResults.Create(item, context, ItemStatus.NotMet, Join("佐证认定：否", note)),
            null => ItemResults.Create(item, context, ItemStatus.EvidencePending, "待核验：尚未录入佐证认定"),
        };
    }

    public static string Join(string head, string? note) => string.IsNullOrWhiteSpace(note) ? head : $"{head}（{note}）";
}
