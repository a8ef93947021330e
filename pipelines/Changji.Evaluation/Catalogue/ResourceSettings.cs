using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Catalogue;

/// <summary>Profile-wide settings of the resource-allocation area (docs/standard.md §1), all data.</summary>
public sealed record ResourceSettings
{
    public required CvMethod CvMethod { get; init; }
    /// <summary>CV limit per level (0.50 / 0.45 in 2017; 0.65 / 0.55 in the older 基本均衡 standard).</summary>
    public required IReadOnlyDictionary<SchoolLevel, double> CvLimits { get; init; }
    /// <summary>Share of a threshold a missed indicator must still reach (0.85); the default floor when a level omits one.</summary>
    public required double FloorRatio { get; init; }
    /// <summary>How many of the L indicators a unit must meet (6 of 7).</summary>
    public required int MinIndicatorsMet { get; init; }
    public required SplitWeights SplitWeights { get; init; }
    /// <summary>Teaching points with at least this many pupils are primary units; smaller ones are out of scope.</summary>
    public required int TeachingPointMinStudents { get; init; }
    public required bool IncludePrivate { get; init; }
    /// <summary>Relative tolerance of every comparison with a threshold, floor or limit.</summary>
    public required double Tolerance { get; init; }

    public double CvLimit(SchoolLevel level) =>
        CvLimits.TryGetValue(level, out var limit)
            ? limit
            : throw new CatalogueException($"No CV limit for level {level}.");
}
