using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Units;

/// <summary>
/// Share of a school's facilities (L4–L7 numerators) that belongs to one compulsory level, by
/// weighted enrolment (docs/standard.md §1.3). One formula covers every type: a one-level school gets 1.
/// </summary>
public static class FacilitySplit
{
    public static double Share(SchoolType type, int primary, int junior, int senior, SchoolLevel level, SplitWeights weights)
    {
        // Only a 完全中学 or a 十二年一贯制 school has senior pupils; a 完全中学 weighs against its junior pupils.
        var (juniorWeight, seniorWeight) = type switch
        {
            SchoolType.Complete => (weights.JuniorComplete, weights.SeniorComplete),
            SchoolType.TwelveYear => (weights.Junior, weights.SeniorTwelveYear),
            _ => (weights.Junior, 0.0),
        };
        var primaryPart = weights.Primary * primary;
        var juniorPart = juniorWeight * junior;
        var total = primaryPart + juniorPart + seniorWeight * senior;
        if (total <= 0)
        {
            return 0;
        }

        return level == SchoolLevel.Primary ? primaryPart / total : juniorPart / total;
    }

    public static double Share(SchoolStatistics school, SchoolLevel level, SplitWeights weights) =>
        Share(school.SchoolType, school.PrimaryStudents, school.JuniorStudents, school.SeniorStudents, level, weights);
}
