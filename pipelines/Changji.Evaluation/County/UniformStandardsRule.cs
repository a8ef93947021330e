using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

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
            ? ZhCn.Format("county.uniform_standards.rates", ("primary", Numbers.Show(p)), ("junior", Numbers.Show(j)))
            : ZhCn.Text("county.uniform_standards.rates_missing");
        return evidence with { Note = ZhCn.Format("county.uniform_standards.note", ("evidence", evidence.Note), ("rates", rates)) };
    }
}
