using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>
/// Turns statistics rows into in-scope level units (docs/standard.md §1.2–1.3): special schools and teaching
/// points under 50 pupils are left out; teachers stay with their level; facilities are split by
/// weighted enrolment.
/// </summary>
public static class UnitSplitter
{
    public static IReadOnlyList<LevelUnit> InScope(IEnumerable<SchoolStatistics> schools) =>
        schools.Where(IsInScope).SelectMany(Split).ToList();

    public static bool IsInScope(SchoolStatistics s) => s.SchoolType switch
    {
        SchoolType.SpecialEducation => false,
        SchoolType.TeachingPoint => s.PrimaryStudents >= StandardNumbers.ScopeMinimumTeachingPointStudents,
        _ => true,
    };

    private static IEnumerable<LevelUnit> Split(SchoolStatistics s)
    {
        var weighted = FacilityWeights.WeightedPupils(s.SchoolType, s.PrimaryStudents, s.JuniorStudents, s.SeniorStudents);
        if (s.PrimaryStudents > 0)
        {
            yield return Unit(s, SchoolLevel.Primary, s.PrimaryStudents, s.PrimaryQualifiedTeachers, s.PrimaryBackboneTeachers, s.PrimaryPeArtTeachers, weighted);
        }

        if (s.JuniorStudents > 0)
        {
            yield return Unit(s, SchoolLevel.Junior, s.JuniorStudents, s.JuniorQualifiedTeachers, s.JuniorBackboneTeachers, s.JuniorPeArtTeachers, weighted);
        }
    }

    private static LevelUnit Unit(SchoolStatistics s, SchoolLevel level, int students, int? qualified, int? backbone, int? peArt, decimal weighted)
    {
        var share = FacilityWeights.Level(s.SchoolType, level) * students / weighted;
        var teaching = (decimal)s.TeachingAreaM2!.Value;
        var indoor = (decimal)s.IndoorSportsAreaM2!.Value;
        var numerators = new Dictionary<string, decimal>
        {
            ["L1"] = qualified!.Value,
            ["L2"] = backbone!.Value,
            ["L3"] = peArt!.Value,
            ["L4"] = share * (teaching - indoor),
            ["L5"] = share * (indoor + (decimal)s.SportsGroundAreaM2!.Value),
            ["L6"] = share * (decimal)s.EquipmentValueYuan!.Value,
            ["L7"] = share * s.MultimediaClassrooms!.Value,
        };
        return new(s.SchoolCode, s.SchoolName, level, students, numerators);
    }
}
