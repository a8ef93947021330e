namespace Changji.Evaluation.Facts;

/// <summary>One accepted row of 学校经费数据 (kind <c>funding</c>), amounts in 元.</summary>
public sealed record SchoolFunding
{
    public required int Year { get; init; }
    public required string SchoolCode { get; init; }
    public string? SchoolName { get; init; }
    /// <summary>县级行政区划代码 of the row's county; null for the home county (see <see cref="SchoolStatistics.CountyCode"/>).</summary>
    public string? CountyCode { get; init; }
    /// <summary>The names the file gives the row's county, when it has such columns.</summary>
    public CountyNames? CountyNames { get; init; }
    /// <summary>公用经费预算总额 — Q4 denominator.</summary>
    public double? PublicFundsBudget { get; init; }
    /// <summary>教师培训经费预算 — Q4 numerator.</summary>
    public double? TrainingBudget { get; init; }
    /// <summary>公用经费实际拨付 — G6, G7.</summary>
    public double? PublicFundsAllocated { get; init; }
}
