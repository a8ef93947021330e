using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Units;

/// <summary>Which schools the resource area (L1–L7 and CV) covers (standard.md §1.2).</summary>
public static class SchoolScope
{
    /// <summary>Why the school is out of resource scope, in Chinese; null when it is in scope.</summary>
    public static string? ExclusionReason(SchoolStatistics school, ResourceSettings settings)
    {
        if (school.SchoolType == SchoolType.SpecialEducation)
            return "特殊教育学校，不纳入资源配置评估";
        if (school.SchoolType == SchoolType.TeachingPoint && school.PrimaryStudents < settings.TeachingPointMinStudents)
            return $"教学点在校生{school.PrimaryStudents}人，不足{settings.TeachingPointMinStudents}人，不纳入资源配置评估";
        if (school.Sponsor == Sponsor.Private && !settings.IncludePrivate)
            return "民办学校，本评估方案不纳入资源配置评估";
        return null;
    }

    public static bool InScope(SchoolStatistics school, ResourceSettings settings) =>
        ExclusionReason(school, settings) is null;
}
