namespace Changji.SampleGenerator.Check;

/// <summary>
/// Student-weighted CV (docs/standard.md §1.1): X̄ = ΣA/ΣP, S = sqrt(Σ (P_i/P)(X_i − X̄)²), CV = S/X̄.
/// </summary>
public static class WeightedCv
{
    public static double Of(IReadOnlyList<LevelUnit> units, string indicator)
    {
        var scale = StandardNumbers.IsPerHundred(indicator) ? 100m : 1m;
        var pupils = units.Sum(u => (decimal)u.Students);
        var mean = units.Sum(u => u.Numerators[indicator]) / pupils * scale;
        var variance = units.Sum(u => (double)(u.Students / pupils) * Math.Pow((double)(u.Ratio(indicator) - mean), 2));
        return Math.Sqrt(variance) / (double)mean;
    }
}
