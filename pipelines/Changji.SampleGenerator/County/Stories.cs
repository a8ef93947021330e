using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.County;

/// <summary>
/// The deliberate shape of the data (samples/README.md tells these stories). Everything not named
/// here lands comfortably above its threshold.
/// </summary>
public static class Stories
{
    private static readonly FactorRange Comfortable = new(108, 145);

    /// <summary>The four flagship schools that hoarded junior backbone teachers until the 2024 rotation.</summary>
    private static readonly HashSet<string> BackboneFlagships = ["3652010014", "3652010015", "3652010024", "3652010025"];

    private static readonly Dictionary<(int Year, string Code, SchoolLevel Level, string Indicator), FactorRange> Misses = new()
    {
        // 2023: two misses, both above the floor → the level still fails (needs 6 of 7).
        [(2023, "3652010008", SchoolLevel.Primary, "L4")] = FactorRange.Exactly(93),
        [(2023, "3652010008", SchoolLevel.Primary, "L7")] = FactorRange.Exactly(92),
        // 2023: one miss below the 85 % floor → fails; 2024 one miss above the floor → passes; 2025 fixed.
        [(2023, "3652010019", SchoolLevel.Junior, "L6")] = FactorRange.Exactly(80),
        [(2024, "3652010019", SchoolLevel.Junior, "L6")] = FactorRange.Exactly(90),
        // 2023: the junior part of a rural nine-year school has one PE/art teacher → its junior level fails.
        [(2023, "3652010021", SchoolLevel.Junior, "L3")] = FactorRange.Exactly(80),
        // 2024: one miss exactly at the floor (3.825 m² = 0.85 × 4.5) → passes; a float-order trap.
        [(2024, "3652010011", SchoolLevel.Primary, "L4")] = FactorRange.Exactly(85),
    };

    public static FactorRange For(int year, SchoolProfile school, SchoolLevel level, string indicator)
    {
        if (Misses.TryGetValue((year, school.Code, level, indicator), out var miss))
        {
            return miss;
        }

        if (indicator == "L2" && level == SchoolLevel.Junior)
        {
            return JuniorBackbone(year, BackboneFlagships.Contains(school.Code));
        }

        return Comfortable;
    }

    /// <summary>
    /// Junior backbone teachers per 100 pupils: concentrated in 2023 (student-weighted CV above 0.45),
    /// spread by the 2024 rotation.
    /// </summary>
    private static FactorRange JuniorBackbone(int year, bool flagship) => (year, flagship) switch
    {
        (2023, true) => new(360, 400),
        (2023, false) => new(102, 112),
        (2024, true) => new(200, 230),
        (2024, false) => new(135, 160),
        (_, true) => new(190, 210),
        _ => new(150, 170),
    };

    /// <summary>G5: the largest primary class of 第二小学 in 2023 exceeds 45.</summary>
    public static int? OversizedPrimaryClass(int year, SchoolProfile school) =>
        year == 2023 && school.Code == "3652010002" ? 48 : null;

    /// <summary>G12: the private school employed six teachers without a teaching certificate in 2023.</summary>
    public static int UncertifiedTeachers(int year, SchoolProfile school) =>
        year == 2023 && school.Sponsor == Sponsor.Private ? 6 : 0;

    /// <summary>Q4 at the boundary: 滨湖镇中心小学 budgets exactly 5 % for training in 2025.</summary>
    public static bool TrainingExactlyAtFivePercent(int year, SchoolProfile school) =>
        year == 2025 && school.Code == "3652010012";
}
