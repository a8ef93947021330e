namespace Changji.SampleGenerator.Check;

/// <summary>One indicator a unit misses: its value and how much of the threshold that is.</summary>
public sealed record Miss(string Indicator, decimal Value, decimal Threshold)
{
    public decimal ShareOfThreshold => Value / Threshold;
    public bool BelowFloor => ShareOfThreshold < StandardNumbers.FloorShare;
}

/// <summary>学校达标: at least 6 of 7 met, and every miss still at or above 85 % of its threshold.</summary>
public static class SchoolRule
{
    public static IReadOnlyList<Miss> Misses(LevelUnit unit) =>
        StandardNumbers.Codes
            .Select(code => new Miss(code, unit.Ratio(code), StandardNumbers.Threshold(code, unit.Level)))
            .Where(m => m.Value < m.Threshold)
            .ToList();

    public static bool Passes(LevelUnit unit)
    {
        var misses = Misses(unit);
        return StandardNumbers.Codes.Count - misses.Count >= StandardNumbers.MinimumIndicatorsMet
            && misses.All(m => !m.BelowFloor);
    }
}
