using Changji.Evaluation.Catalogue;

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
    /// <summary>The five areas: the four national ones, then <see cref="Area.Commitments"/>.</summary>
    public required IReadOnlyList<AreaVerdict> Areas { get; init; }
    /// <summary>The headline verdict: the four national areas (with the profile's overrides); the commitments do not gate it.</summary>
    public required Verdict National { get; init; }
    /// <summary>The local plan's verdict: national met and commitments met.</summary>
    public required Verdict Plan { get; init; }
    /// <summary>The national verdict's status (the headline).</summary>
    public ItemStatus Overall => National.Status;
    public bool Passed => National.Passed;
    /// <summary>Every code that blocks national acceptance (L codes for failing schools or CVs, G/Q/S items).</summary>
    public IReadOnlyList<string> Blocking => National.Blocking;
    public AreaVerdict Commitments => Areas.Single(a => a.Area == Area.Commitments);
}
