using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// Picks the rule of a G/Q/S/C item. Items with a computed rule are matched by code; any other
/// evidence item is a judgement, any other item naming a county figure compares that figure with
/// its threshold, so a province can add such items as data alone.
/// </summary>
internal static class CountyRules
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        // Stats and funding items judge schools: with no school rows a vacuous "every school passes"
        // would count absent data as met (docs/standard.md §6).
        if ((item.Source is IndicatorSource.Stats or IndicatorSource.Funding) && context.Schools.Count == 0)
        {
            return ItemResults.Missing(item, context, IndicatorSource.Stats.ToChinese(), item.Threshold);
        }

        return ByCode(item, context);
    }

    private static CountyItemResult ByCode(IndicatorDefinition item, CountyContext context) =>
        item.Code.ToUpperInvariant() switch
        {
            "G2" => UniformStandardsRule.Evaluate(item, context),
            "G3" => MusicArtRoomsRule.Evaluate(item, context),
            "G4" => SchoolSizeRule.Evaluate(item, context),
            "G5" => ClassSizeRule.Evaluate(item, context),
            "G6" => SmallSchoolFundsRule.Evaluate(item, context),
            "G7" => SpecialEducationFundsRule.Evaluate(item, context),
            "G8" => TeacherPayRule.Evaluate(item, context),
            "G11" => RotationRule.Evaluate(item, context),
            "G12" => CertificationRule.Evaluate(item, context),
            "G13" => NearbyEnrolmentRule.Evaluate(item, context),
            "G15" => MigrantChildrenRule.Evaluate(item, context),
            "Q4" => TrainingFundsRule.Evaluate(item, context),
            "Q9" => QualityMonitoringRule.Evaluate(item, context),
            "C2" => ThreeGrowthsRule.Evaluate(item, context),
            _ when item.Source == IndicatorSource.Evidence => EvidenceRule.Evaluate(item, context),
            _ when item.Figure is not null => FigureRule.Evaluate(item, context),
            _ => ItemResults.Create(item, context, ItemStatus.Missing, ZhCn.Text("county.missing.no_rule")),
        };
}
