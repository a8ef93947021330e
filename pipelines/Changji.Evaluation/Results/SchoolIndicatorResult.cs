using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Results;

/// <summary>One of L1–L7 for one school unit.</summary>
public sealed record SchoolIndicatorResult
{
    public required int Year { get; init; }
    public required string SchoolCode { get; init; }
    public required SchoolLevel Level { get; init; }
    public required string IndicatorCode { get; init; }
    /// <summary>Raw numerator for this unit (teachers, m², 元, rooms), after the facility split; null when not supplied.</summary>
    public double? Numerator { get; init; }
    public required int Students { get; init; }
    /// <summary>Numerator / students (× 100 for per-100 indicators) at full precision.</summary>
    public double? Value { get; init; }
    public required double Threshold { get; init; }
    public required double Floor { get; init; }
    public required ItemStatus Status { get; init; }
    public bool? Met { get; init; }
    public bool? AboveFloor { get; init; }
    /// <summary>What the unit lacks to meet the threshold in the numerator's unit (0 when met).</summary>
    public double? Gap { get; init; }
}
