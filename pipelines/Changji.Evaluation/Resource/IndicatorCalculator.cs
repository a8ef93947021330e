using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.Resource;

/// <summary>One L indicator for one unit: value, met, above floor, and the gap in the numerator's own unit.</summary>
public static class IndicatorCalculator
{
    public static SchoolIndicatorResult Calculate(SchoolUnit unit, IndicatorDefinition indicator, double? numerator, double tolerance)
    {
        var limits = indicator.ForLevel(unit.Level);
        var result = new SchoolIndicatorResult
        {
            Year = unit.Year,
            SchoolCode = unit.SchoolCode,
            Level = unit.Level,
            IndicatorCode = indicator.Code,
            Numerator = numerator,
            Students = unit.Students,
            Threshold = limits.Threshold,
            Floor = limits.Floor,
            Status = ItemStatus.Missing,
        };
        if (numerator is not { } amount || unit.Students <= 0)
        {
            return result;
        }

        var value = amount / unit.Students * indicator.Scale;
        var met = Comparison.Meets(value, indicator.Comparator, limits.Threshold, tolerance);
        // Leaders act on "3 teachers, 420 m²": the numerator the unit would need minus what it has.
        var needed = limits.Threshold * unit.Students / indicator.Scale;
        return result with
        {
            Value = value,
            Met = met,
            AboveFloor = Comparison.Meets(value, indicator.Comparator, limits.Floor, tolerance),
            Gap = met ? 0 : Math.Abs(needed - amount),
            Status = met ? ItemStatus.Met : ItemStatus.NotMet,
        };
    }
}
