using Changji.Evaluation.Facts;

namespace Changji.Ingestion.Rows;

/// <summary>How the 数值 of a county item is written and stored.</summary>
internal enum CountyValueKind
{
    /// <summary>是 / 否, stored as a judgement.</summary>
    YesNo,
    /// <summary>A percentage stored in percent: "96.5%" and "96.5" both give 96.5.</summary>
    Percent,
    /// <summary>A plain ratio: "12%" gives 0.12.</summary>
    Ratio,
    /// <summary>An amount in 元.</summary>
    Yuan,
    /// <summary>A count of persons.</summary>
    Persons,
    /// <summary>A 10-digit 学校标识码, checked like the statistics' school code; one row per school.</summary>
    SchoolCode,
}

/// <summary>The known 指标代码 of 县级指标数据 (docs/input-files.md §3) and how each value is read.</summary>
internal static class CountyCodeCatalogue
{
    private static readonly (string Code, CountyValueKind Kind)[] Entries =
    [
        ("G1", CountyValueKind.YesNo),
        ("G2", CountyValueKind.YesNo),
        ("G10", CountyValueKind.YesNo),
        ("Q3", CountyValueKind.YesNo),
        ("Q5", CountyValueKind.YesNo),
        ("Q6", CountyValueKind.YesNo),
        ("Q7", CountyValueKind.YesNo),
        ("Q8", CountyValueKind.YesNo),
        ("teacher_avg_salary", CountyValueKind.Yuan),
        ("civil_servant_avg_salary", CountyValueKind.Yuan),
        ("public_fund_base_primary", CountyValueKind.Yuan),
        ("public_fund_base_junior", CountyValueKind.Yuan),
        ("training_360_completion_rate", CountyValueKind.Percent),
        ("rotation_eligible_teachers", CountyValueKind.Persons),
        ("rotated_teachers", CountyValueKind.Persons),
        ("rotated_backbone_teachers", CountyValueKind.Persons),
        ("nearby_enrollment_primary_rate", CountyValueKind.Percent),
        ("nearby_enrollment_junior_rate", CountyValueKind.Percent),
        ("quality_hs_quota_rate", CountyValueKind.Percent),
        ("migrant_public_rate", CountyValueKind.Percent),
        ("left_behind_care_system", CountyValueKind.YesNo),
        ("junior_retention_rate", CountyValueKind.Percent),
        ("disabled_enrollment_rate", CountyValueKind.Percent),
        ("dropout_students", CountyValueKind.Persons),
        ("quality_monitoring_level3", CountyValueKind.YesNo),
        ("quality_monitoring_difference_rate", CountyValueKind.Ratio),
        ("social_recognition_rate", CountyValueKind.Percent),
        ("edu_appropriation", CountyValueKind.Yuan),
        ("fiscal_recurrent_revenue", CountyValueKind.Yuan),
        ("per_student_edu_expense", CountyValueKind.Yuan),
        ("per_student_public_funds", CountyValueKind.Yuan),
        (CountyFigure.ClosedSchoolCode, CountyValueKind.SchoolCode),
    ];

    private static readonly Dictionary<string, (string Code, CountyValueKind Kind)> ByCode =
        Entries.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Codes => Entries.Select(e => e.Code);

    /// <summary>
    /// Percent codes for which 1 % or less is a real possibility (a dropout or incidence rate). None
    /// of today's: every percent code is a coverage or completion rate the standard wants at 50 % or
    /// more, so 0.96 there is almost surely 96 % written as a ratio (docs/input-files.md §3).
    /// </summary>
    private static readonly HashSet<string> SmallPercentPlausible = new(StringComparer.Ordinal);

    /// <summary>Whether a value in (0, 1] of this code deserves the warning that it looks like a ratio.</summary>
    public static bool WarnsWhenAtMostOnePercent(string code, CountyValueKind kind) =>
        kind == CountyValueKind.Percent && !SmallPercentPlausible.Contains(code);

    /// <summary>
    /// Finds a code case-insensitively, full-width letters and digits (Ｇ１, typed with a Chinese input
    /// method) included, and gives back its canonical spelling.
    /// </summary>
    public static bool TryFind(string text, out string code, out CountyValueKind kind)
    {
        var found = ByCode.TryGetValue(text.Normalize(System.Text.NormalizationForm.FormKC).Trim(), out var entry);
        (code, kind) = found ? entry : (string.Empty, default);
        return found;
    }
}
