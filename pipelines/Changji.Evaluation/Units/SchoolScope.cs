using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Evaluation.Units;

/// <summary>Which schools the resource area (L1–L7 and CV) covers (docs/standard.md §1.2).</summary>
public static class SchoolScope
{
    /// <summary>Why the school is out of resource scope, in Chinese; null when it is in scope.</summary>
    public static string? ExclusionReason(SchoolStatistics school, ResourceSettings settings)
    {
        if (school.SchoolType == SchoolType.SpecialEducation)
        {
            return ZhCn.Text("scope.special_education");
        }

        if (school.SchoolType == SchoolType.TeachingPoint && school.PrimaryStudents < settings.TeachingPointMinStudents)
        {
            return ZhCn.Format("scope.small_teaching_point", ("students", school.PrimaryStudents), ("min", settings.TeachingPointMinStudents));
        }

        if (school.Sponsor == Sponsor.Private && !settings.IncludePrivate)
        {
            return ZhCn.Text("scope.private");
        }

        return null;
    }

    public static bool InScope(SchoolStatistics school, ResourceSettings settings) =>
        ExclusionReason(school, settings) is null;
}
