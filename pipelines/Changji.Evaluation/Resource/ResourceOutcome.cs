using Changji.Evaluation.Results;

namespace Changji.Evaluation.Resource;

/// <summary>Everything the resource area produces for one county and year.</summary>
internal sealed record ResourceOutcome(
    IReadOnlyList<SchoolUnit> Units,
    IReadOnlyList<SchoolIndicatorResult> Indicators,
    IReadOnlyList<SchoolComplianceResult> Compliance,
    IReadOnlyList<VariationResult> Variation,
    AreaVerdict Verdict);
