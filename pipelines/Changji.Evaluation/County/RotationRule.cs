using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G11: rotated ≥ 10 % of eligible teachers, and backbone teachers ≥ 20 % of those rotated.</summary>
internal static class RotationRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var rotatedMin = item.Parameter("rotatedMinPercent");
        var backboneMin = item.Parameter("backboneMinPercent");
        var eligible = context.Number("rotation_eligible_teachers");
        var rotated = context.Number("rotated_teachers");
        var backbone = context.Number("rotated_backbone_teachers");
        var checks = new SubChecks();
        double? rotatedPercent = null;

        if (eligible is > 0 && rotated is { } r)
        {
            rotatedPercent = 100 * r / eligible.Value;
            Judge(checks, context, ZhCn.Text("county.rotation.rotated"), rotatedPercent.Value, rotatedMin);
        }
        else
        {
            checks.Missing(ZhCn.Text("county.rotation.rotated_missing"));
        }

        if (rotated is > 0 && backbone is { } b)
        {
            Judge(checks, context, ZhCn.Text("county.rotation.backbone"), 100 * b / rotated.Value, backboneMin);
        }
        else if (rotated is 0)
        {
            checks.Fail(ZhCn.Text("county.rotation.backbone"), ZhCn.Text("county.rotation.none_rotated"));
        }
        else
        {
            checks.Missing(ZhCn.Text("county.rotation.backbone_missing"));
        }

        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.parts")), rotatedPercent, rotatedMin, checks.Failures);
    }

    private static void Judge(SubChecks checks, CountyContext context, string label, double percent, double min)
    {
        if (context.Meets(percent, Comparator.AtLeast, min))
        {
            checks.Met();
        }
        else
        {
            checks.Fail(label, ZhCn.Format("county.percent_below", ("value", Numbers.Show(percent)), ("min", Numbers.Show(min))));
        }
    }
}
