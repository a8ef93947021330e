namespace Changji.Evaluation.Facts;

/// <summary>
/// One accepted row of 县级指标数据 (kind <c>county</c>). Exactly one of <see cref="Number"/> and
/// <see cref="Judgement"/> is set: percentages arrive as numbers in percent (96.5 for 96.5 %),
/// evidence items and other 是/否 values as a judgement.
/// </summary>
public sealed record CountyFigure
{
    public required int Year { get; init; }
    /// <summary>指标代码: an evidence item code (G1…) or a figure key (teacher_avg_salary…).</summary>
    public required string Code { get; init; }
    public double? Number { get; init; }
    public bool? Judgement { get; init; }
    /// <summary>说明: evidence reference or remark.</summary>
    public string? Note { get; init; }
    /// <summary>
    /// What the row is about when a code may have several rows a year: the 学校标识码 of a
    /// <see cref="ClosedSchoolCode"/> row; null for every other code.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// 县级行政区划代码 of the row's county (6 digits); null for the home county: the run's default county,
    /// which files without the column belong to and which is stored without a code (docs/input-files.md §5).
    /// </summary>
    public string? CountyCode { get; init; }
    /// <summary>The names the file gives the row's county, when it has such columns.</summary>
    public CountyNames? CountyNames { get; init; }

    /// <summary>A school closed or merged since last year, one row per school (docs/input-files.md §3).</summary>
    public const string ClosedSchoolCode = "closed_school";

    /// <summary>
    /// The figure's identity within its year, by which stores keep and replace it: the code, or
    /// <c>code:subject</c> (<c>closed_school:6523010009</c>) so that several such rows coexist; prefixed
    /// <c>county/</c> for a county other than the home county (<c>652302/G1</c>), so the home county's
    /// keys are those stored before counties existed.
    /// </summary>
    public string StoreKey()
    {
        var key = Subject is null ? Code : Code + ":" + Subject;
        return CountyCode is null ? key : CountyCode + "/" + key;
    }
}
