using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>One school at one level in resource scope, with its raw L1–L7 numerators A_i.</summary>
public sealed record LevelUnit(string Code, string Name, SchoolLevel Level, int Students, IReadOnlyDictionary<string, decimal> Numerators)
{
    /// <summary>X_i = A_i / P_i, × 100 for the "per 100 students" indicators.</summary>
    public decimal Ratio(string indicator) =>
        Numerators[indicator] / Students * (StandardNumbers.IsPerHundred(indicator) ? 100m : 1m);
}
