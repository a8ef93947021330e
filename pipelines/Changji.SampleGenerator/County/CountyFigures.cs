using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.County;

/// <summary>
/// 县级指标数据 of the sample county. 2023 is the baseline with gaps (rotation 8.6 %, recognition 83 %,
/// disabled enrolment 98.6 % — national Q2 met, Changji's 100 % not); 2024 grows education
/// appropriation slower than fiscal revenue (C2 not met); 2025 meets everything.
/// </summary>
public static class CountyFigures
{
    public const decimal PublicFundBasePrimary = 720m;
    public const decimal PublicFundBaseJunior = 940m;

    public static readonly IReadOnlyList<string> EvidenceCodes = ["G1", "G2", "G10", "Q3", "Q5", "Q6", "Q7", "Q8"];

    private sealed record Figures(
        double TeacherSalary, double CivilServantSalary, double Training360,
        double Eligible, double Rotated, double RotatedBackbone,
        double NearbyPrimary, double NearbyJunior, double QuotaRate, double MigrantRate,
        double Retention, double Disabled, double Dropouts, double DifferenceRate, double Recognition,
        double Appropriation, double Revenue, double PerStudentExpense, double PerStudentPublicFunds);

    private static readonly Dictionary<int, Figures> ByYear = new()
    {
        [2023] = new(118_600, 116_200, 100, 1240, 107, 24, 100, 97.5, 52, 91.3, 97.2, 98.6, 0, 0.12, 83.0,
            1_520_000_000, 5_860_000_000, 17_820, 3_410),
        [2024] = new(123_900, 121_500, 100, 1260, 138, 33, 100, 98.2, 55, 92.6, 97.8, 100, 0, 0.11, 88.2,
            1_567_000_000, 6_124_000_000, 18_360, 3_520),
        [2025] = new(129_400, 126_800, 100, 1275, 152, 38, 100, 98.6, 58, 93.8, 98.1, 100, 0, 0.10, 90.1,
            1_665_000_000, 6_357_000_000, 19_150, 3_680),
    };

    public static IReadOnlyList<CountyFigure> For(int year)
    {
        var f = ByYear[year];
        var rows = new List<CountyFigure>();
        foreach (var code in EvidenceCodes)
        {
            rows.Add(new() { Year = year, Code = code, Judgement = true, Note = $"见佐证材料 {year}-{code}" });
        }

        Add(rows, year, "teacher_avg_salary", f.TeacherSalary, "人社局工资统计年报");
        Add(rows, year, "civil_servant_avg_salary", f.CivilServantSalary, "人社局工资统计年报");
        Add(rows, year, "public_fund_base_primary", (double)PublicFundBasePrimary, "城乡统一基准定额");
        Add(rows, year, "public_fund_base_junior", (double)PublicFundBaseJunior, "城乡统一基准定额");
        Add(rows, year, "training_360_completion_rate", f.Training360, "继续教育学时登记系统");
        Add(rows, year, "rotation_eligible_teachers", f.Eligible, null);
        Add(rows, year, "rotated_teachers", f.Rotated, "交流轮岗名单");
        Add(rows, year, "rotated_backbone_teachers", f.RotatedBackbone, "交流轮岗名单");
        Add(rows, year, "nearby_enrollment_primary_rate", f.NearbyPrimary, null);
        Add(rows, year, "nearby_enrollment_junior_rate", f.NearbyJunior, null);
        Add(rows, year, "quality_hs_quota_rate", f.QuotaRate, "中考招生方案");
        Add(rows, year, "migrant_public_rate", f.MigrantRate, null);
        rows.Add(new() { Year = year, Code = "left_behind_care_system", Judgement = true, Note = $"见佐证材料 {year}-G15" });
        Add(rows, year, "junior_retention_rate", f.Retention, null);
        Add(rows, year, "disabled_enrollment_rate", f.Disabled, "含送教上门");
        Add(rows, year, "dropout_students", f.Dropouts, "控辍保学台账");
        rows.Add(new() { Year = year, Code = "quality_monitoring_level3", Judgement = true, Note = "国家义务教育质量监测结果报告" });
        Add(rows, year, "quality_monitoring_difference_rate", f.DifferenceRate, null);
        Add(rows, year, "social_recognition_rate", f.Recognition, "第三方问卷调查");
        Add(rows, year, "edu_appropriation", f.Appropriation, "财政决算");
        Add(rows, year, "fiscal_recurrent_revenue", f.Revenue, "财政决算");
        Add(rows, year, "per_student_edu_expense", f.PerStudentExpense, "教育经费统计");
        Add(rows, year, "per_student_public_funds", f.PerStudentPublicFunds, "教育经费统计");
        return rows;
    }

    private static void Add(List<CountyFigure> rows, int year, string code, double value, string? note) =>
        rows.Add(new() { Year = year, Code = code, Number = value, Note = note });
}
