using Changji.Evaluation.Facts;
using Changji.SampleGenerator.Check;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>Full-time teachers of one level and the sub-counts behind L1–L3.</summary>
public sealed record LevelTeachers(int Teachers, int Qualified, int Backbone, int PeArt)
{
    public static readonly LevelTeachers None = new(0, 0, 0, 0);

    public static LevelTeachers Build(int year, SchoolProfile school, SchoolLevel level, int students, Random random)
    {
        if (students == 0)
        {
            return None;
        }

        var teachers = (int)Math.Ceiling(students / PupilsPerTeacher(school, level));
        var realisticQualified = level == SchoolLevel.Primary
            ? teachers - random.Next(0, 3)
            : (int)Math.Floor(teachers * random.Next(86, 97) / 100.0);
        var aimedQualified = Aimed(year, school, level, "L1", students, random);
        var qualified = aimedQualified.Factor >= 1m ? Math.Max(aimedQualified.Count, realisticQualified) : aimedQualified.Count;
        return new(
            teachers,
            Math.Min(teachers, qualified),
            Math.Min(teachers, Aimed(year, school, level, "L2", students, random).Count),
            Math.Min(teachers, Aimed(year, school, level, "L3", students, random).Count));
    }

    private static (int Count, decimal Factor) Aimed(int year, SchoolProfile school, SchoolLevel level, string code, int students, Random random)
    {
        var factor = Stories.For(year, school, level, code).Draw(random);
        var exact = StandardNumbers.Threshold(code, level) * factor * students / 100m;
        return (Aim.Count(exact, factor), factor);
    }

    private static double PupilsPerTeacher(SchoolProfile school, SchoolLevel level) => (school.Type, school.UrbanRural, level) switch
    {
        (SchoolType.SpecialEducation, _, _) => 4,
        (SchoolType.TeachingPoint, _, _) => 9,
        (_, UrbanRural.Urban, SchoolLevel.Primary) => 17.5,
        (_, UrbanRural.Town, SchoolLevel.Primary) => 15,
        (_, UrbanRural.Rural, SchoolLevel.Primary) => 11,
        (_, UrbanRural.Urban, _) => 12.5,
        (_, UrbanRural.Town, _) => 11,
        _ => 8,
    };
}
