using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.Reports;

public static partial class SelfEvaluationReport
{
    private static void Items(ReportDocument doc, SelfEvaluationInput input, Area area, string heading)
    {
        Section(doc, heading);
        var table = doc.Table(
            ZhCn.Text("report.self_evaluation.items.column.code"),
            ZhCn.Text("report.self_evaluation.items.column.indicator"),
            ZhCn.Text("report.self_evaluation.items.column.status"),
            ZhCn.Text("report.self_evaluation.items.column.note"));
        foreach (var item in input.Evaluation.CountyItems.Where(i => i.Area == area))
        {
            table.Add(item.IndicatorCode, input.Profile.Get(item.IndicatorCode).NameZh, item.Status.ToChinese(), item.Note);
        }
    }

    private static void Rectification(ReportDocument doc, SelfEvaluationInput input)
    {
        var open = input.OpenAtYearEnd.OrderBy(a => SeverityRank(a.DisplayedSeverity)).ThenBy(a => a.OpenedYear).ThenBy(a => a.MessageZh, StringComparer.Ordinal).ToList();
        Section(doc, ZhCn.Text("report.self_evaluation.rectification.heading"));
        RectificationTable.Write(doc, open, withOpenedYear: true);
    }

    private static void DataQuality(ReportDocument doc, SelfEvaluationInput input)
    {
        var files = input.Submissions.Where(s => s.Year == input.Evaluation.Year).ToList();
        Section(doc, ZhCn.Text("report.self_evaluation.data_quality.heading"));
        var table = doc.Table(
            ZhCn.Text("report.self_evaluation.data_quality.column.file"),
            ZhCn.Text("report.self_evaluation.data_quality.column.kind"),
            ZhCn.Text("report.self_evaluation.data_quality.column.status"),
            ZhCn.Text("report.self_evaluation.data_quality.column.rows_accepted"),
            ZhCn.Text("report.self_evaluation.data_quality.column.rows_rejected"));
        foreach (var s in files)
        {
            table.Add(s.Path, s.Kind.ToChinese(), s.Status.ToChinese(), s.RowsAccepted.ToString(CultureInfo.InvariantCulture), s.RowsRejected.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>High first: the enum lists severities from high to low.</summary>
    private static int SeverityRank(string severity) => (int)AlertSeverityCodes.Map.Parse(severity);
}
