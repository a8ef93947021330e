using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

public static partial class SchoolBooklet
{
    /// <summary>Against the previous school year: the school rule per level, every indicator that moved, alerts opened and resolved.</summary>
    private static void Changes(ReportDocument doc, BookletIndex index, SchoolStatistics school)
    {
        var e = index.Input.Evaluation;
        var now = index.Current;
        var before = index.History.FirstOrDefault(h => h.Year == e.Year - 1);
        if (before is null || !before.Units[school.SchoolCode].Any())
        {
            doc.Paragraph(ZhCn.Format("report.booklet.changes.no_previous", ("year", e.Year - 1)));
        }
        else
        {
            foreach (var level in Levels(index, school.SchoolCode))
            {
                var was = before.Compliance[school.SchoolCode].FirstOrDefault(c => c.Level == level)?.Status.ToChinese() ?? "—";
                var current = now.Compliance[school.SchoolCode].FirstOrDefault(c => c.Level == level)?.Status.ToChinese() ?? "—";
                doc.Paragraph(ZhCn.Format("report.booklet.changes.rule", ("level", level.ToChinese()), ("before", was), ("now", current)));
            }

            var previous = before.Indicators[school.SchoolCode].ToDictionary(r => (r.Level, r.IndicatorCode));
            var table = doc.Table(
                ZhCn.Text("report.self_evaluation.items.column.indicator"),
                ZhCn.Text("report.self_evaluation.resource.column.level"),
                ZhCn.Format("report.booklet.changes.column.year", ("year", e.Year - 1)),
                ZhCn.Format("report.booklet.changes.column.year", ("year", e.Year)),
                ZhCn.Text("report.booklet.changes.column.change"));
            foreach (var r in now.Indicators[school.SchoolCode])
            {
                var old = previous.GetValueOrDefault((r.Level, r.IndicatorCode))?.Value;
                table.Add(r.IndicatorCode, r.Level.ToChinese(), Num(old), Num(r.Value),
                    old is { } o && r.Value is { } v ? (v - o >= 0 ? "+" : "") + Num(v - o) : "—");
            }
        }

        var opened = index.Alerts[school.SchoolCode].Count(a => a.OpenedYear == e.Year);
        var resolved = index.Alerts[school.SchoolCode].Count(a => a.ResolvedYear == e.Year);
        doc.Paragraph(ZhCn.Format("report.booklet.changes.alerts", ("year", e.Year), ("opened", opened), ("resolved", resolved)));
    }
}
