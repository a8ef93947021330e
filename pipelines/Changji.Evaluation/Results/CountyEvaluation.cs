namespace Changji.Evaluation.Results;

/// <summary>Everything the engine concludes for one county, year and profile.</summary>
public sealed record CountyEvaluation
{
    public required int Year { get; init; }
    public required string Profile { get; init; }
    public required IReadOnlyList<SchoolUnit> Units { get; init; }
    public required IReadOnlyList<SchoolIndicatorResult> SchoolIndicators { get; init; }
    public required IReadOnlyList<SchoolComplianceResult> Compliance { get; init; }
    public required IReadOnlyList<VariationResult> Variation { get; init; }
    public required IReadOnlyList<CountyItemResult> CountyItems { get; init; }
    public required IReadOnlyList<AreaVerdict> Areas { get; init; }
    /// <summary>Met only when all four areas are met.</summary>
    public required ItemStatus Overall { get; init; }
    public bool Passed => Overall == ItemStatus.Met;
    /// <summary>Every code that blocks acceptance (L codes for failing schools or CVs, G/Q/S/C items).</summary>
    public required IReadOnlyList<string> Blocking { get; init; }
}
