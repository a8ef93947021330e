using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Results;

/// <summary>The inter-school coefficient of variation (校际差异系数) of one L indicator at one level.</summary>
public sealed record VariationResult
{
    public required int Year { get; init; }
    public required SchoolLevel Level { get; init; }
    public required string IndicatorCode { get; init; }
    public required int Schools { get; init; }
    public required long Students { get; init; }
    public double? Mean { get; init; }
    public double? StdDev { get; init; }
    public double? Cv { get; init; }
    public required double CvLimit { get; init; }
    public required ItemStatus Status { get; init; }
    /// <summary>Why the CV is missing when it cannot be computed (Chinese), else null.</summary>
    public string? Note { get; init; }
    public bool Passed => Status == ItemStatus.Met;
}
