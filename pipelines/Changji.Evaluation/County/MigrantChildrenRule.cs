using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

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
        if (rate is not { } r) checks.Missing($"随迁子女就读比例（{figure}）");
        else if (context.Meets(r, item.Comparator, threshold)) checks.Met();
        else checks.Fail("随迁子女就读比例", $"{Numbers.Show(r)}%，低于{Numbers.Show(threshold)}%");

        switch (context.Judgement(CareSystem))
        {
            case true: checks.Met(); break;
            case false: checks.Fail("留守儿童关爱体系", "佐证认定：否"); break;
            default: checks.Pending($"留守儿童关爱体系（{CareSystem}）"); break;
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note("项"), rate, threshold, checks.Failures);
    }
}
