using System.Globalization;
using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// The yearly self-evaluation report (自评报告) leaders read and sign: where the county stands against
/// the standard, what blocks acceptance, which schools lack what, and what is still being rectified.
/// Markdown, in Chinese, deterministic (no timestamps), rewritten whenever the year is recomputed.
/// </summary>
public static partial class SelfEvaluationReport
{
    /// <summary>National acceptance is due 2029-09, i.e. on the data of school year 2028 at the latest.</summary>
    public const int AcceptanceSchoolYear = 2028;

    /// <summary><c>{year}/自评报告-{year}学年.{extension}</c>: <c>md</c> is the source, <c>html</c> the page leaders open or print.</summary>
    public static string FileName(int year, string extension = "md") =>
        ZhCn.Format("report.self_evaluation.file_name", ("year", year), ("extension", extension));

    public static string Title(int year) => ZhCn.Format("report.self_evaluation.title", ("year", year), ("next_year", year + 1));

    public static string Render(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sb = new StringBuilder();
        var e = input.Evaluation;
        sb.AppendLine(ZhCn.Format("report.self_evaluation.heading", ("title", Title(e.Year)))).AppendLine();
        sb.AppendLine(ZhCn.Format("report.self_evaluation.basis", ("profile_title", input.Profile.TitleZh), ("profile_name", input.Profile.Name))).AppendLine();
        Overview(sb, input);
        Resource(sb, input);
        Items(sb, input, Area.Guarantee, ZhCn.Text("report.self_evaluation.guarantee.heading"));
        Items(sb, input, Area.Quality, ZhCn.Text("report.self_evaluation.quality.heading"));
        Items(sb, input, Area.Recognition, ZhCn.Text("report.self_evaluation.recognition.heading"));
        Items(sb, input, Area.Commitments, ZhCn.Text("report.self_evaluation.commitments.heading"));
        Rectification(sb, input);
        DataQuality(sb, input);
        return sb.ToString();
    }

    private static void Overview(StringBuilder sb, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        Section(sb, ZhCn.Text("report.self_evaluation.overview.heading"));
        // The headline is the national verdict (the 2029 acceptance); the commitments and the plan's verdict stand beside it.
        sb.AppendLine(ZhCn.Text(e.Passed ? "report.self_evaluation.overview.passed" : "report.self_evaluation.overview.not_passed")).AppendLine();
        sb.AppendLine(ZhCn.Format("report.self_evaluation.overview.commitments_and_plan",
            ("commitments", e.Commitments.Status.ToChinese()), ("plan", e.Plan.Status.ToChinese()))).AppendLine();
        var left = AcceptanceSchoolYear - e.Year;
        sb.AppendLine(left > 0
            ? ZhCn.Format("report.self_evaluation.overview.years_left", ("years", left))
            : ZhCn.Text("report.self_evaluation.overview.final_year")).AppendLine();
        var table = new MarkdownTable(
            ZhCn.Text("report.self_evaluation.overview.column.area"),
            ZhCn.Text("report.self_evaluation.overview.column.status"),
            ZhCn.Text("report.self_evaluation.overview.column.blocking"));
        foreach (var a in e.Areas.Where(a => AreaCodes.National.Contains(a.Area)))
        {
            table.Add(a.Area.ToChinese(), a.Status.ToChinese(), Blocking(input.Profile, a));
        }

        table.Add(ZhCn.Text("report.self_evaluation.overview.national"), e.National.Status.ToChinese(), Named(input.Profile, e.National.Blocking));
        table.Add(e.Commitments.Area.ToChinese(), e.Commitments.Status.ToChinese(), Blocking(input.Profile, e.Commitments));
        table.Add(ZhCn.Text("report.self_evaluation.overview.plan"), e.Plan.Status.ToChinese(), Named(input.Profile, e.Plan.Blocking));

        table.WriteTo(sb);
    }

    private static void Resource(StringBuilder sb, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        var names = input.Facts.Schools.ToDictionary(s => s.SchoolCode, s => s.SchoolName, StringComparer.Ordinal);
        Section(sb, ZhCn.Text("report.self_evaluation.resource.heading"));
        var inScope = e.Units.Where(u => u.InScope).ToList();
        sb.AppendLine(ZhCn.Format(
            "report.self_evaluation.resource.scope",
            ("in_scope", inScope.Count), ("passed", e.Compliance.Count(c => c.Passed)), ("out_of_scope", e.Units.Count(u => !u.InScope)))).AppendLine();
        var failing = e.Compliance.Where(c => !c.Passed).ToList();
        if (failing.Count > 0)
        {
            var gaps = e.SchoolIndicators.Where(r => r.Met == false).ToLookup(r => (r.SchoolCode, r.Level));
            var table = new MarkdownTable(
                ZhCn.Text("report.self_evaluation.resource.column.school"),
                ZhCn.Text("report.self_evaluation.resource.column.level"),
                ZhCn.Text("report.self_evaluation.resource.column.met"),
                ZhCn.Text("report.self_evaluation.resource.column.missed"),
                ZhCn.Format("report.self_evaluation.resource.column.below_floor", ("floor_percent", IndicatorText.FloorPercent(input.Profile))),
                ZhCn.Text("report.self_evaluation.resource.column.gaps"));
            foreach (var c in failing)
            {
                table.Add(
                    ZhCn.Format("school.named", ("name", names.GetValueOrDefault(c.SchoolCode, c.SchoolCode)), ("code", c.SchoolCode)),
                    c.Level.ToChinese(),
                    ZhCn.Format("report.self_evaluation.resource.met_of_count", ("met", c.IndicatorsMet), ("count", input.Profile.SchoolIndicators.Count)),
                    string.Join("、", c.Missed),
                    c.BelowFloor.Count == 0 ? ZhCn.Text("report.self_evaluation.none") : string.Join("、", c.BelowFloor),
                    string.Join("；", gaps[(c.SchoolCode, c.Level)].Select(r => ZhCn.Format(
                        "report.self_evaluation.resource.gap",
                        ("indicator", r.IndicatorCode), ("gap", Gap(r.Gap, IndicatorText.NumeratorUnit(input.Profile, r.IndicatorCode)))))));
            }

            table.WriteTo(sb);
        }

        Section(sb, ZhCn.Text("report.self_evaluation.variation.heading"));
        var cv = new MarkdownTable(
            ZhCn.Text("report.self_evaluation.variation.column.indicator"),
            ZhCn.Text("report.self_evaluation.variation.column.level"),
            ZhCn.Text("report.self_evaluation.variation.column.schools"),
            ZhCn.Text("report.self_evaluation.variation.column.cv"),
            ZhCn.Text("report.self_evaluation.variation.column.limit"),
            ZhCn.Text("report.self_evaluation.variation.column.status"));
        foreach (var v in e.Variation)
        {
            cv.Add(ZhCn.Format("indicator.named", ("code", v.IndicatorCode), ("name", input.Profile.Get(v.IndicatorCode).NameZh)), v.Level.ToChinese(), v.Schools.ToString(CultureInfo.InvariantCulture),
                v.Cv?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—", v.CvLimit.ToString("0.00", CultureInfo.InvariantCulture), v.Status.ToChinese());
        }

        cv.WriteTo(sb);
    }

    private static string Named(Profile profile, IReadOnlyCollection<string> codes) =>
        codes.Count == 0 ? ZhCn.Text("report.self_evaluation.none") : IndicatorText.Named(profile, codes);

    /// <summary>Teachers and rooms come whole: 0.49 teachers missing means one more teacher.</summary>
    private static string Gap(double? gap, string unit) => ZhCn.Format(
        "report.self_evaluation.resource.gap_amount",
        ("amount", IsWhole(unit) && gap is { } g ? Math.Ceiling(g - 1e-9).ToString("0", CultureInfo.InvariantCulture) : Num(gap)),
        ("unit", unit));

    /// <summary>The profile's units (人, 间) of things that only come whole.</summary>
    private static bool IsWhole(string unit) => unit is "人" or "间";

    /// <summary>A level-two heading and the blank line after it.</summary>
    // An area's blocking codes with their names, and what the engine adds (e.g. schools whose statistics were rejected).
    private static string Blocking(Profile profile, AreaVerdict area) =>
        area.Note is null ? Named(profile, area.Blocking) : ZhCn.Format("report.self_evaluation.overview.blocking_with_note", ("blocking", Named(profile, area.Blocking)), ("note", area.Note));

    private static void Section(StringBuilder sb, string heading) =>
        sb.AppendLine(ZhCn.Format("report.self_evaluation.section", ("heading", heading))).AppendLine();

    private static string Num(double? value) => IndicatorText.Number(value, "—");
}
