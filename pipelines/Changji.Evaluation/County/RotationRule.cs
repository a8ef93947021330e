using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

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
            Judge(checks, context, "交流轮岗教师比例", rotatedPercent.Value, rotatedMin);
        }
        else checks.Missing("交流轮岗教师比例（rotation_eligible_teachers、rotated_teachers）");

        if (rotated is > 0 && backbone is { } b) Judge(checks, context, "骨干教师占交流轮岗教师比例", 100 * b / rotated.Value, backboneMin);
        else if (rotated is 0) checks.Fail("骨干教师占交流轮岗教师比例", "交流轮岗教师数为0");
        else checks.Missing("骨干教师占交流轮岗教师比例（rotated_backbone_teachers）");

        return ItemResults.Create(item, context, checks.Status, checks.Note("项"), rotatedPercent, rotatedMin, checks.Failures);
    }

    private static void Judge(SubChecks checks, CountyContext context, string label, double percent, double min)
    {
        if (context.Meets(percent, Comparator.AtLeast, min)) checks.Met();
        else checks.Fail(label, $"{Numbers.Show(percent)}%，低于{Numbers.Show(min)}%");
    }
}
