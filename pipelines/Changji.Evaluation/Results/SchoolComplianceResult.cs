using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Results;

/// <summary>The school rule (学校达标) for one school unit: ≥ 6 of 7 met and every miss ≥ 85 % of its threshold.</summary>
public sealed record SchoolComplianceResult
{
    public required int Year { get; init; }
    public required string SchoolCode { get; init; }
    public required SchoolLevel Level { get; init; }
    public required int IndicatorsMet { get; init; }
    public required int IndicatorsMissing { get; init; }
    public required ItemStatus Status { get; init; }
    public bool Passed => Status == ItemStatus.Met;
    /// <summary>Indicator codes below threshold.</summary>
    public required IReadOnlyList<string> Missed { get; init; }
    /// <summary>Indicator codes below the 85 % floor.</summary>
    public required IReadOnlyList<string> BelowFloor { get; init; }
}
