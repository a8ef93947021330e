using System.Globalization;
using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// 一校一册: one booklet per school and year — its facts, each level's seven indicators against threshold
/// and floor, their trend since the first year in the information database, the guarantee items it fails,
/// its open rectification lines and what changed since last year — and the bureau's combined volume.
/// Written from the same <see cref="SelfEvaluationInput"/> as the 自评报告, rendered the same ways.
/// </summary>
public static partial class SchoolBooklet
{
    /// <summary><c>{year}/一校一册/{code}-{name}.{extension}</c>; a name's characters a file system refuses become <c>_</c>.</summary>
    public static string FileName(int year, SchoolStatistics school, string extension)
    {
        ArgumentNullException.ThrowIfNull(school);
        var name = string.Concat(school.SchoolName.Select(c => Path.GetInvalidFileNameChars().Contains(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c));
        return ZhCn.Format("report.booklet.file_name", ("year", year), ("code", school.SchoolCode), ("name", name), ("extension", extension));
    }

    public static string CombinedFileName(int year) => ZhCn.Format("report.booklet.combined_file_name", ("year", year));

    public static string Title(int year, SchoolStatistics school) =>
        ZhCn.Format("report.booklet.title", ("school", school.SchoolName), ("year", year), ("next_year", year + 1));

    /// <summary>One school's booklet.</summary>
    public static ReportDocument Build(BookletIndex index, SchoolStatistics school)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(school);
        var doc = new ReportDocument(Title(index.Input.Evaluation.Year, school));
        Write(doc, index, school, doc.Heading);
        return doc;
    }

    /// <summary>Every school's booklet in one volume, each school a heading starting a new page.</summary>
    public static ReportDocument BuildCombined(BookletIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var input = index.Input;
        var year = input.Evaluation.Year;
        var doc = new ReportDocument(ZhCn.Format("report.booklet.combined_title", ("year", year), ("next_year", year + 1)));
        doc.Paragraph(ZhCn.Format("report.booklet.combined_intro", ("count", input.Facts.Schools.Count)));
        foreach (var school in Schools(input))
        {
            doc.PageBreak().Heading(ZhCn.Format("school.named", ("name", school.SchoolName), ("code", school.SchoolCode)));
            Write(doc, index, school, text => doc.Subheading(text));
        }

        return doc;
    }

    /// <summary>The schools with accepted statistics this year, by code.</summary>
    public static IEnumerable<SchoolStatistics> Schools(SelfEvaluationInput input) =>
        input.Facts.Schools.OrderBy(s => s.SchoolCode, StringComparer.Ordinal);

    private static void Write(ReportDocument doc, BookletIndex index, SchoolStatistics school, Func<string, ReportDocument> section)
    {
        section(ZhCn.Text("report.booklet.facts.heading"));
        Facts(doc, school);
        section(ZhCn.Text("report.booklet.indicators.heading"));
        Indicators(doc, index, school);
        section(ZhCn.Text("report.booklet.trend.heading"));
        Trend(doc, index, school);
        section(ZhCn.Text("report.booklet.items.heading"));
        Items(doc, index, school);
        section(ZhCn.Text("report.booklet.rectification.heading"));
        Rectification(doc, index, school);
        section(ZhCn.Text("report.booklet.changes.heading"));
        Changes(doc, index, school);
    }

    private static string Num(double? value) => IndicatorText.Number(value, "—");

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static IEnumerable<SchoolLevel> Levels(BookletIndex index, string code) =>
        index.Current.Units[code].Select(u => u.Level).Distinct().Order();
}
