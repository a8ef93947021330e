using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Catalogue;

/// <summary>
/// One item of a profile: an L indicator (thresholds per level) or a G/Q/S/C county item (one
/// threshold and/or named parameters). Everything a dim_indicator row needs is here.
/// </summary>
public sealed record IndicatorDefinition
{
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required Area Area { get; init; }
    public required Comparator Comparator { get; init; }
    /// <summary>Display unit in Chinese (人/百名学生, 平方米/生, 元/生, %, 是/否…).</summary>
    public required string Unit { get; init; }
    public required IndicatorSource Source { get; init; }
    /// <summary>The rule as a steward reads it, in Chinese.</summary>
    public required string RuleZh { get; init; }
    /// <summary>The single threshold of a county item (null for evidence and multi-number items).</summary>
    public double? Threshold { get; init; }
    /// <summary>County-figure key the item compares directly (e.g. <c>social_recognition_rate</c>), if any.</summary>
    public string? Figure { get; init; }
    /// <summary>Multiplier of numerator ÷ students: 100 for per-100-students indicators, else 1.</summary>
    public double Scale { get; init; } = 1;
    /// <summary>Threshold and floor per level; non-empty exactly for L indicators.</summary>
    public IReadOnlyDictionary<SchoolLevel, LevelThreshold> Levels { get; init; } = new Dictionary<SchoolLevel, LevelThreshold>();
    /// <summary>Named numbers of multi-number items (G3 room areas, G4 sizes, G5 class sizes, G11 shares…).</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();

    public bool IsSchoolIndicator => Levels.Count > 0;

    public LevelThreshold ForLevel(SchoolLevel level) =>
        Levels.TryGetValue(level, out var value)
            ? value
            : throw new CatalogueException($"Indicator {Code} has no threshold for level {level}.");

    public double Parameter(string name) =>
        Parameters.TryGetValue(name, out var value)
            ? value
            : throw new CatalogueException($"Indicator {Code} lacks parameter '{name}'.");

    /// <summary>The threshold, or a clear error when a rule needs it and the profile omits it.</summary>
    public double RequiredThreshold() =>
        Threshold ?? throw new CatalogueException($"Indicator {Code} needs a threshold.");
}
