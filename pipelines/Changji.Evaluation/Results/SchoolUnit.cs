using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Results;

/// <summary>
/// One school at one compulsory level: the grain of resource allocation. Facilities of schools that
/// span levels are split by <see cref="FacilityShare"/>; teachers are the level's own.
/// </summary>
public sealed record SchoolUnit
{
    public required int Year { get; init; }
    public required string SchoolCode { get; init; }
    public required SchoolLevel Level { get; init; }
    public required int Students { get; init; }
    /// <summary>Share of the school's L4–L7 numerators that belongs to this level (1 for a one-level school).</summary>
    public required double FacilityShare { get; init; }
    public required bool InScope { get; init; }
    /// <summary>Why the unit is out of scope, in Chinese (null when in scope).</summary>
    public string? ExclusionReasonZh { get; init; }
}
