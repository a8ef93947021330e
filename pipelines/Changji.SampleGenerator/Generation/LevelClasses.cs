using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>Teaching classes of one level and the size of the largest one.</summary>
public sealed record LevelClasses(int Classes, int? MaxSize)
{
    public static readonly LevelClasses None = new(0, null);

    public static LevelClasses Build(SchoolProfile school, SchoolLevel level, int students, Random random)
    {
        if (students == 0)
        {
            return None;
        }

        var average = AverageSize(school, level);
        var classes = (int)Math.Ceiling(students / (double)average);
        var minimum = level == SchoolLevel.Primary ? (students >= 60 ? 6 : 1) : 3;
        classes = Math.Max(classes, school.Type == SchoolType.TeachingPoint ? 1 : minimum);
        var cap = level == SchoolLevel.Primary ? 45 : 50;
        var typical = (int)Math.Ceiling(students / (double)classes) + random.Next(0, 4);
        return new(classes, Math.Min(cap, typical));
    }

    private static int AverageSize(SchoolProfile school, SchoolLevel level) => (school.Type, school.UrbanRural, level) switch
    {
        (SchoolType.SpecialEducation, _, _) => 10,
        (SchoolType.TeachingPoint, _, _) => 15,
        (_, UrbanRural.Urban, SchoolLevel.Primary) => 43,
        (_, UrbanRural.Town, SchoolLevel.Primary) => 39,
        (_, UrbanRural.Rural, SchoolLevel.Primary) => 30,
        (_, UrbanRural.Urban, _) => 47,
        (_, UrbanRural.Town, _) => 44,
        _ => 32,
    };
}
