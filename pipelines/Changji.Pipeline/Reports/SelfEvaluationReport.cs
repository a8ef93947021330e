using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Submissions;
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

    /// <summary>A county with many failing schools gets this many attainment charts; the table and the 一校一册 cover the rest.</summary>
    public const int MaxAttainmentCharts = 12;

    /// <summary>
    /// The failing schools (学段) the report's table lists; past it the table stops and the full list is the
    /// appendix (<see cref="BuildAppendix"/>), so a region's or the nation's report stays readable (issue 10).
    /// </summary>
    public const int MaxFailingListed = 100;

    /// <summary><c>{year}/自评报告-{year}学年-附件-未达标学校清单.html</c>: every failing school, beside the report.</summary>
    public static string AppendixFileName(int year) => ZhCn.Format("report.self_evaluation.appendix.file_name", ("year", year));

    /// <summary>Whether the report's table is cut at <see cref="MaxFailingListed"/> and points to the appendix.</summary>
    public static bool NeedsAppendix(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Evaluation.Compliance.Count(c => !c.Passed) > MaxFailingListed;
    }

    /// <summary>The appendix: the report's failing-school table with every row.</summary>
    public static ReportDocument BuildAppendix(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var doc = new ReportDocument(ZhCn.Format("report.self_evaluation.appendix.title", ("title", Title(input.Evaluation.Year, input.CountyName))));
        var failing = input.Evaluation.Compliance.Where(c => !c.Passed).ToList();
        doc.Paragraph(ZhCn.Format("report.self_evaluation.appendix.intro", ("count", failing.Count)));
        FailingTable(doc, input, failing, Names(input));
        return doc;
    }

    /// <summary><c>{year}/自评报告-{year}学年.{extension}</c>: <c>md</c> is the source, <c>html</c> the page leaders open or print.</summary>
    public static string FileName(int year, string extension = "md") =>
        ZhCn.Format("report.self_evaluation.file_name", ("year", year), ("extension", extension));

    /// <summary>The title, naming the county (昌吉市 unless another is given).</summary>
    public static string Title(int year, string? countyName = null) =>
        ZhCn.Format("report.self_evaluation.title", ("county", countyName ?? Counties.HomeCounty.Changji.Name), ("year", year), ("next_year", year + 1));

    /// <summary>
    /// When the DOCX says it was made: the last file of the year received, not the run's clock, so a rerun
    /// on the same data writes the same bytes (and the file is not rewritten); 09-01 of the year without files.
    /// </summary>
    public static DateTimeOffset Stamp(int year, IEnumerable<SubmissionRecord> received)
    {
        var last = received.Where(s => s.Year == year).Select(s => (DateTime?)s.ReceivedAtUtc).Max();
        return last is { } utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : new DateTimeOffset(year, 9, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>
    /// Raised whenever the HTML or DOCX rendering changes, so reports whose Markdown is unchanged are still
    /// rewritten in the new form (the provenance line carries it).
    /// </summary>
    public const int RenderFormat = 1;

    /// <summary>
    /// The last line of the Markdown source (an HTML comment, invisible when rendered): the rendering
    /// format and the DOCX's stamp. With it, an unchanged <c>.md</c> proves the <c>.html</c> and
    /// <c>.docx</c> beside it unchanged too, so a rerun need not draw or render them again.
    /// </summary>
    /// <param name="stamp">The DOCX's stamp.</param>
    /// <param name="fingerprint">What the other files show and the Markdown does not (trend charts, booklets), hashed.</param>
    public static string Provenance(DateTimeOffset stamp, string fingerprint) =>
        ZhCn.Format("report.self_evaluation.provenance",
            ("format", RenderFormat), ("stamp", Recompute.SchoolCalendar.BeijingText(stamp)), ("fingerprint", fingerprint));

    /// <summary>The report in Markdown (the source of the HTML page).</summary>
    public static string Render(SelfEvaluationInput input) => Build(input).ToMarkdown();

    /// <summary>The report as a document model, rendered to Markdown, HTML and DOCX.</summary>
    public static ReportDocument Build(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = input.Evaluation;
        var doc = new ReportDocument(Title(e.Year, input.CountyName));
        doc.Paragraph(ZhCn.Format("report.self_evaluation.basis", ("profile_title", input.Profile.TitleZh), ("profile_name", input.Profile.Name)));
        Overview(doc, input);
        Resource(doc, input);
        Items(doc, input, Area.Guarantee, ZhCn.Text("report.self_evaluation.guarantee.heading"));
        Items(doc, input, Area.Quality, ZhCn.Text("report.self_evaluation.quality.heading"));
        Items(doc, input, Area.Recognition, ZhCn.Text("report.self_evaluation.recognition.heading"));
        Items(doc, input, Area.Commitments, ZhCn.Text("report.self_evaluation.commitments.heading"));
        Rectification(doc, input);
        DataQuality(doc, input);
        return doc;
    }

    private static void Overview(ReportDocument doc, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        Section(doc, ZhCn.Text("report.self_evaluation.overview.heading"));
        // The headline is the national verdict (the 2029 acceptance); the commitments and the plan's verdict stand beside it.
        doc.Paragraph(ZhCn.Text(e.Passed ? "report.self_evaluation.overview.passed" : "report.self_evaluation.overview.not_passed"));
        doc.Paragraph(ZhCn.Format("report.self_evaluation.overview.commitments_and_plan",
            ("commitments", e.Commitments.Status.ToChinese()), ("plan", e.Plan.Status.ToChinese())));
        var left = AcceptanceSchoolYear - e.Year;
        doc.Paragraph(left > 0
            ? ZhCn.Format("report.self_evaluation.overview.years_left", ("years", left))
            : ZhCn.Text("report.self_evaluation.overview.final_year"));
        var table = doc.Table(
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
        Trends(doc, input);
    }

    /// <summary>The school pass rate and the number of items blocking national acceptance, each school year up to this one.</summary>
    private static void Trends(ReportDocument doc, SelfEvaluationInput input)
    {
        var years = input.History.Count > 0 ? input.History : [input.Evaluation];
        var passRate = years.Select(y => (y.Year, y.Compliance.Count == 0 ? 0 : 100.0 * y.Compliance.Count(c => c.Passed) / y.Compliance.Count)).ToList();
        var blocking = years.Select(y => (y.Year, (double)y.Blocking.Count)).ToList();
        doc.Figure(
            ZhCn.Text("report.self_evaluation.chart.pass_rate.caption"),
            () => ReportCharts.Trend(passRate, ZhCn.Text("report.self_evaluation.chart.pass_rate.title"), ZhCn.Text("report.self_evaluation.chart.pass_rate.axis"), "0.#"));
        doc.Figure(
            ZhCn.Text("report.self_evaluation.chart.blocking.caption"),
            () => ReportCharts.Trend(blocking, ZhCn.Text("report.self_evaluation.chart.blocking.title"), ZhCn.Text("report.self_evaluation.chart.blocking.axis"), "0"));
    }

    private static void Resource(ReportDocument doc, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        var names = Names(input);
        Section(doc, ZhCn.Text("report.self_evaluation.resource.heading"));
        var inScope = e.Units.Where(u => u.InScope).ToList();
        doc.Paragraph(ZhCn.Format(
            "report.self_evaluation.resource.scope",
            ("in_scope", inScope.Count), ("passed", e.Compliance.Count(c => c.Passed)), ("out_of_scope", e.Units.Count(u => !u.InScope))));
        var failing = e.Compliance.Where(c => !c.Passed).ToList();
        if (failing.Count > 0)
        {
            FailingTable(doc, input, failing.Take(MaxFailingListed), names);
            if (failing.Count > MaxFailingListed)
            {
                doc.Paragraph(ZhCn.Format("report.self_evaluation.resource.more",
                    ("listed", MaxFailingListed), ("count", failing.Count), ("file", Path.GetFileName(AppendixFileName(e.Year)))));
            }

            Attainment(doc, input, failing, names);
        }

        Section(doc, ZhCn.Text("report.self_evaluation.variation.heading"));
        var cv = doc.Table(
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

        foreach (var level in e.Variation.GroupBy(v => v.Level))
        {
            var levelZh = level.Key.ToChinese();
            doc.Figure(ZhCn.Format("report.self_evaluation.chart.variation.caption", ("level", levelZh)), () => ReportCharts.Variation([.. level], levelZh));
        }
    }

    /// <summary>School names by code, as the report's tables and charts name schools.</summary>
    private static Dictionary<string, string> Names(SelfEvaluationInput input) =>
        input.Facts.Schools.ToDictionary(s => s.SchoolCode, s => s.SchoolName, StringComparer.Ordinal);

    /// <summary>One row per failing school (学段): indicators met, missed, below the floor, and each gap.</summary>
    private static void FailingTable(ReportDocument doc, SelfEvaluationInput input, IEnumerable<SchoolComplianceResult> failing, IReadOnlyDictionary<string, string> names)
    {
        var gaps = input.Evaluation.SchoolIndicators.Where(r => r.Met == false).ToLookup(r => (r.SchoolCode, r.Level));
        var table = doc.Table(
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
    }

    /// <summary>Each failing unit's L1–L7 against threshold and floor, the first <see cref="MaxAttainmentCharts"/> of them (the table lists all).</summary>
    private static void Attainment(ReportDocument doc, SelfEvaluationInput input, IReadOnlyList<SchoolComplianceResult> failing, IReadOnlyDictionary<string, string> names)
    {
        var results = input.Evaluation.SchoolIndicators.ToLookup(r => (r.SchoolCode, r.Level));
        foreach (var c in failing.Take(MaxAttainmentCharts))
        {
            var school = ZhCn.Format("school.named", ("name", names.GetValueOrDefault(c.SchoolCode, c.SchoolCode)), ("code", c.SchoolCode));
            var level = c.Level.ToChinese();
            doc.Figure(
                ZhCn.Format("report.self_evaluation.chart.attainment.caption", ("school", school), ("level", level), ("floor_percent", IndicatorText.FloorPercent(input.Profile))),
                () => ReportCharts.Attainment([.. results[(c.SchoolCode, c.Level)]], ZhCn.Format("report.self_evaluation.chart.attainment.title", ("school", names.GetValueOrDefault(c.SchoolCode, c.SchoolCode)), ("level", level))));
        }

        if (failing.Count > MaxAttainmentCharts)
        {
            doc.Paragraph(ZhCn.Format("report.self_evaluation.chart.attainment.more", ("charted", MaxAttainmentCharts), ("count", failing.Count)));
        }
    }

    private static string Named(Profile profile, IReadOnlyCollection<string> codes) =>
        codes.Count == 0 ? ZhCn.Text("report.self_evaluation.none") : IndicatorText.Named(profile, codes);

    /// <summary>Teachers and rooms come whole: 0.49 teachers missing means one more teacher.</summary>
    internal static string Gap(double? gap, string unit) => ZhCn.Format(
        "report.self_evaluation.resource.gap_amount",
        ("amount", IsWhole(unit) && gap is { } g ? Math.Ceiling(g - 1e-9).ToString("0", CultureInfo.InvariantCulture) : Num(gap)),
        ("unit", unit));

    /// <summary>The profile's units (人, 间) of things that only come whole.</summary>
    private static bool IsWhole(string unit) => unit is "人" or "间";

    // An area's blocking codes with their names, and what the engine adds (e.g. schools whose statistics were rejected).
    private static string Blocking(Profile profile, AreaVerdict area) =>
        area.Note is null ? Named(profile, area.Blocking) : ZhCn.Format("report.self_evaluation.overview.blocking_with_note", ("blocking", Named(profile, area.Blocking)), ("note", area.Note));

    /// <summary>A section heading (level two in Markdown, Heading 1 in DOCX).</summary>
    private static void Section(ReportDocument doc, string heading) => doc.Heading(heading);

    private static string Num(double? value) => IndicatorText.Number(value, "—");
}
