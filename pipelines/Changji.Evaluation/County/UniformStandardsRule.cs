using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>
/// G2 城乡标准统一: the evidence judgement decides. The county file holds one base rate per level
/// for urban and rural schools alike, so the note records whether both were reported; it cannot
/// prove uniformity by itself and so does not change the status.
/// </summary>
internal static class UniformStandardsRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var evidence = EvidenceRule.Evaluate(item, context);
        var primary = context.Number("public_fund_base_primary");
        var junior = context.Number("public_fund_base_junior");
        var rates = primary is { } p && junior is { } j
            ? $"城乡统一执行生均公用经费基准定额：小学{Numbers.Show(p)}元，初中{Numbers.Show(j)}元"
            : "县级数据未填报完整的生均公用经费基准定额（public_fund_base_primary / public_fund_base_junior）";
        return evidence with { Note = $"{evidence.Note}；{rates}" };
    }
}
