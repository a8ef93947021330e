using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.Units;

/// <summary>Turns school rows into school units: one per compulsory level with students (docs/standard.md §1.2–1.3).</summary>
public static class UnitBuilder
{
    public static IReadOnlyList<SchoolUnit> Build(IReadOnlyList<SchoolStatistics> schools, ResourceSettings settings)
    {
        var scoped = BuildScoped(schools, settings);
        var units = new SchoolUnit[scoped.Count];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = scoped[i].Unit;
        }

        return units;
    }

    internal static List<ScopedUnit> BuildScoped(IReadOnlyList<SchoolStatistics> schools, ResourceSettings settings)
    {
        var units = new List<ScopedUnit>(schools.Count + schools.Count / 4);
        foreach (var school in schools)
        {
            var reason = SchoolScope.ExclusionReason(school, settings);
            // A teaching point is a primary unit whatever else the row says.
            if (school.PrimaryStudents > 0)
            {
                units.Add(new ScopedUnit(school, Unit(school, SchoolLevel.Primary, school.PrimaryStudents, reason, settings)));
            }

            if (school.JuniorStudents > 0 && school.SchoolType != SchoolType.TeachingPoint)
            {
                units.Add(new ScopedUnit(school, Unit(school, SchoolLevel.Junior, school.JuniorStudents, reason, settings)));
            }
        }
        return units;
    }

    private static SchoolUnit Unit(SchoolStatistics school, SchoolLevel level, int students, string? reason, ResourceSettings settings) => new()
    {
        Year = school.Year,
        SchoolCode = school.SchoolCode,
        Level = level,
        Students = students,
        FacilityShare = FacilitySplit.Share(school, level, settings.SplitWeights),
        InScope = reason is null,
        ExclusionReasonZh = reason,
    };
}
