namespace Changji.SampleGenerator.County;

/// <summary>
/// How far above (or below) its threshold one indicator is aimed, as a multiple of the threshold in
/// whole percent: 100 = exactly at the threshold, 85 = exactly at the floor. A range below 100 is a
/// deliberate miss.
/// </summary>
public sealed record FactorRange(int MinPercent, int MaxPercent)
{
    public static FactorRange Exactly(int percent) => new(percent, percent);

    public decimal Draw(Random random) => random.Next(MinPercent, MaxPercent + 1) / 100m;
}
