using System.Globalization;
using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

public static partial class SupervisionBulletin
{
    private enum LineKind
    {
        Opened,
        StillOpen,
        Overdue,
        Resolved,
    }

    /// <summary>A ledger line and where it stands in the period (null: not in it); <see cref="OverdueDays"/> counted to the period's end.</summary>
    private sealed record Line(AlertRecord Alert, LineKind? Kind, int OverdueDays);

    /// <summary>
    /// Resolved within the period: 销号. Open at its end: overdue when its deadline had passed by then,
    /// else newly opened (opened within it) or still open (opened before it). Anything else is not reported.
    /// </summary>
    private static Line Classify(BulletinPeriod period, AlertRecord a)
    {
        if (period.Contains(a.ResolvedAtUtc))
        {
            return new Line(a, LineKind.Resolved, 0);
        }

        var openAtEnd = a.OpenedAtUtc < period.EndUtc && (a.ResolvedAtUtc is null || a.ResolvedAtUtc >= period.EndUtc);
        if (!openAtEnd)
        {
            return new Line(a, null, 0);
        }

        var end = period.LastDay.AddDays(1);
        if (a.DueDate is { } due && due < end)
        {
            return new Line(a, LineKind.Overdue, end.DayNumber - due.DayNumber);
        }

        return new Line(a, period.Contains(a.OpenedAtUtc) ? LineKind.Opened : LineKind.StillOpen, 0);
    }

    private static void UnitTables(ReportDocument doc, BulletinPeriod period, IReadOnlyList<Line> lines)
    {
        foreach (var kind in Enum.GetValues<LineKind>())
        {
            var these = lines.Where(l => l.Kind == kind).OrderBy(l => l.Alert.DueDate).ThenBy(l => l.Alert.MessageZh, StringComparer.Ordinal).ToList();
            if (these.Count == 0)
            {
                continue;
            }

            doc.Paragraph(ZhCn.Format("report.bulletin.kind.line", ("kind", KindText(kind)), ("count", these.Count)));
            var table = doc.Table(
                ZhCn.Text("report.self_evaluation.rectification.column.severity"),
                ZhCn.Text("report.self_evaluation.rectification.column.alert"),
                ZhCn.Text("report.bulletin.column.opened"),
                ZhCn.Text("report.self_evaluation.rectification.column.due"),
                ZhCn.Text(kind == LineKind.Resolved ? "report.bulletin.column.resolved" : "report.bulletin.column.state"));
            foreach (var line in these)
            {
                var a = line.Alert;
                table.Add(
                    AlertSeverityCodes.Map.Parse(a.DisplayedSeverity).ToChinese(),
                    a.MessageZh,
                    Date(a.OpenedAtUtc),
                    a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ZhCn.Text("alert.none"),
                    kind switch
                    {
                        LineKind.Resolved => Date(a.ResolvedAtUtc!.Value),
                        LineKind.Overdue => ZhCn.Format("report.bulletin.overdue_days", ("days", line.OverdueDays)),
                        _ => ZhCn.Text("report.bulletin.state.open"),
                    });
            }
        }
    }

    private static string KindText(LineKind kind) => kind switch
    {
        LineKind.Opened => ZhCn.Text("report.bulletin.kind.opened"),
        LineKind.StillOpen => ZhCn.Text("report.bulletin.kind.still_open"),
        LineKind.Overdue => ZhCn.Text("report.bulletin.kind.overdue"),
        _ => ZhCn.Text("report.bulletin.kind.resolved"),
    };

    /// <summary>The Beijing date of an instant.</summary>
    private static string Date(DateTime utc) =>
        Recompute.SchoolCalendar.BeijingDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
