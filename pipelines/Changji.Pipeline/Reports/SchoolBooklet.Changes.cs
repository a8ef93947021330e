using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

public static partial class SchoolBooklet
{
    /// <summary>Against the previous school year: the school rule per level, every indicator that moved, alerts opened and resolved.</summary>
    private static void Changes(ReportDocument doc, SelfEvaluationInput input, SchoolStatistics school)
    {
        var e = input.Evaluation;
        var before = input.History.FirstOrDefault(h => h.Year == e.Year - 1);
        if (before is null || !before.Units.Any(u => u.SchoolCode == school.SchoolCode))
        {
            doc.Paragraph(ZhCn.Format("report.booklet.changes.no_previous", ("year", e.Year - 1)));
        }
        else
        {
            foreach (var level in Levels(e, school.SchoolCode))
            {
                var was = before.Compliance.FirstOrDefault(c => c.SchoolCode == school.SchoolCode && c.Level == level)?.Status.ToChinese() ?? "—";
                var now = e.Compliance.FirstOrDefault(c => c.SchoolCode == school.SchoolCode && c.Level == level)?.Status.ToChinese() ?? "—";
                doc.Paragraph(ZhCn.Format("report.booklet.changes.rule", ("level", level.ToChinese()), ("before", was), ("now", now)));
            }

            var previous = before.SchoolIndicators.Where(r => r.SchoolCode == school.SchoolCode).ToDictionary(r => (r.Level, r.IndicatorCode));
            var table = doc.Table(
                ZhCn.Text("report.self_evaluation.items.column.indicator"),
                ZhCn.Text("report.self_evaluation.resource.column.level"),
                ZhCn.Format("report.booklet.changes.column.year", ("year", e.Year - 1)),
                ZhCn.Format("report.booklet.changes.column.year", ("year", e.Year)),
                ZhCn.Text("report.booklet.changes.column.change"));
            foreach (var r in e.SchoolIndicators.Where(r => r.SchoolCode == school.SchoolCode))
            {
                var old = previous.GetValueOrDefault((r.Level, r.IndicatorCode))?.Value;
                table.Add(r.IndicatorCode, r.Level.ToChinese(), Num(old), Num(r.Value),
                    old is { } o && r.Value is { } v ? (v - o >= 0 ? "+" : "") + Num(v - o) : "—");
            }
        }

        var opened = input.Alerts.Count(a => a.SchoolCode == school.SchoolCode && a.OpenedYear == e.Year);
        var resolved = input.Alerts.Count(a => a.SchoolCode == school.SchoolCode && a.ResolvedYear == e.Year);
        doc.Paragraph(ZhCn.Format("report.booklet.changes.alerts", ("year", e.Year), ("opened", opened), ("resolved", resolved)));
    }
}
