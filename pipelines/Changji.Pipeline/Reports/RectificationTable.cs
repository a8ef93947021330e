using System.Globalization;
using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// The table of open ledger lines (整改台账) shared by the 自评报告 and the 一校一册: severity, the alert,
/// its 责任单位 and due date (marked when overdue). The report also shows the year each line opened;
/// a booklet covers one school, where the opening year adds little, so it leaves that column out.
/// </summary>
internal static class RectificationTable
{
    public static void Write(ReportDocument doc, IReadOnlyList<AlertRecord> open, bool withOpenedYear)
    {
        if (open.Count == 0)
        {
            doc.Paragraph(ZhCn.Text("report.self_evaluation.rectification.none"));
            return;
        }

        var columns = new List<string> { ZhCn.Text("report.self_evaluation.rectification.column.severity") };
        if (withOpenedYear)
        {
            columns.Add(ZhCn.Text("report.self_evaluation.rectification.column.opened"));
        }

        columns.Add(ZhCn.Text("report.self_evaluation.rectification.column.alert"));
        columns.Add(ZhCn.Text("report.self_evaluation.rectification.column.units"));
        columns.Add(ZhCn.Text("report.self_evaluation.rectification.column.due"));
        var table = doc.Table([.. columns]);
        foreach (var a in open)
        {
            table.Add([.. Row(a, withOpenedYear)]);
        }
    }

    private static IEnumerable<string> Row(AlertRecord a, bool withOpenedYear)
    {
        yield return AlertSeverityCodes.Map.Parse(a.DisplayedSeverity).ToChinese();
        if (withOpenedYear)
        {
            yield return ZhCn.Format("report.self_evaluation.rectification.opened_year", ("year", a.OpenedYear));
        }

        yield return a.MessageZh;
        yield return a.ResponsibleUnits is { Count: > 0 } units ? string.Join("、", units) : ZhCn.Text("alert.none");
        var due = a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ZhCn.Text("alert.none");
        yield return a.Overdue ? ZhCn.Format("report.self_evaluation.rectification.overdue", ("due_date", due)) : due;
    }
}
