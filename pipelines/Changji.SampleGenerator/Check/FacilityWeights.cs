using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>
/// Weighted enrolment used to split shared facilities of multi-level schools (docs/standard.md §1.3):
/// primary 1, junior 1.1 (1 in a 完全中学, whose junior pupils are its lightest), senior 1.2 in a
/// 完全中学 and 1.32 in a 十二年一贯制 school.
/// </summary>
public static class FacilityWeights
{
    public static decimal Junior(SchoolType type) => type switch
    {
        SchoolType.NineYear or SchoolType.TwelveYear => 1.1m,
        _ => 1m,
    };

    public static decimal Senior(SchoolType type) => type switch
    {
        SchoolType.Complete => 1.2m,
        SchoolType.TwelveYear => 1.32m,
        _ => 0m,
    };

    public static decimal Level(SchoolType type, SchoolLevel level) =>
        level == SchoolLevel.Primary ? 1m : Junior(type);

    /// <summary>Σ weight × pupils over the school's levels.</summary>
    public static decimal WeightedPupils(SchoolType type, int primary, int junior, int senior) =>
        primary + Junior(type) * junior + Senior(type) * senior;
}
