using System.Globalization;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// 督查通报: for one <see cref="BulletinPeriod"/>, per 责任单位 (docs/plan-measures.md), the ledger lines newly
/// opened, still open, overdue (with days, as of the period's end) and resolved (销号). Computed from the
/// ledger's timestamps, so it reads the same whenever it is written. Operations alerts (the pipeline's own
/// failures) are not the units' business and are left out.
/// </summary>
public static partial class SupervisionBulletin
{
    private static readonly string[] OperationsRules = [.. OperationalAlertRules.Rules.Select(r => r.Code), Delivery.DeliveryFailedRule];

    /// <summary><c>通报/督查通报-{year}年第{month}期.{extension}</c> under <c>reports/</c>.</summary>
    public static string FileName(BulletinPeriod period, string extension) =>
        ZhCn.Format("report.bulletin.file_name", ("year", period.Year), ("number", period.Month), ("extension", extension));

    public static string Title(BulletinPeriod period) =>
        ZhCn.Format("report.bulletin.title", ("year", period.Year), ("number", period.Month));

    /// <summary>When the DOCX says it was made: the period's end, not the clock, so writing it again gives the same bytes.</summary>
    public static DateTimeOffset Stamp(BulletinPeriod period) => new(DateTime.SpecifyKind(period.EndUtc, DateTimeKind.Utc));

    public static ReportDocument Build(BulletinPeriod period, IReadOnlyList<AlertRecord> ledger)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(ledger);
        var lines = LinesOf(period, ledger);
        var byUnit = lines
            .SelectMany(l => Units(l.Alert).Select(u => (Unit: u, Line: l)))
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key == ZhCn.Text("report.bulletin.no_unit") ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var doc = new ReportDocument(Title(period));
        doc.Paragraph(ZhCn.Format("report.bulletin.period",
            ("from", period.FirstDay.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)), ("to", period.LastDay.ToString("yyyy年M月d日", CultureInfo.InvariantCulture))));
        doc.Heading(ZhCn.Text("report.bulletin.summary.heading"));
        var totals = TotalsOf(lines);
        doc.Paragraph(ZhCn.Format("report.bulletin.summary.totals",
            ("opened", totals.Opened), ("open", totals.StillOpen), ("overdue", totals.Overdue), ("resolved", totals.Resolved)));
        if (byUnit.Count == 0)
        {
            doc.Paragraph(ZhCn.Text("report.bulletin.summary.none"));
            return doc;
        }

        var summary = doc.Table(
            ZhCn.Text("report.bulletin.column.unit"), ZhCn.Text("report.bulletin.kind.opened"), ZhCn.Text("report.bulletin.kind.still_open"),
            ZhCn.Text("report.bulletin.kind.overdue"), ZhCn.Text("report.bulletin.kind.resolved"));
        foreach (var unit in byUnit)
        {
            var unitLines = unit.Select(x => x.Line).ToList();
            summary.Add(unit.Key, Count(unitLines, LineKind.Opened).ToString(CultureInfo.InvariantCulture), Count(unitLines, LineKind.StillOpen).ToString(CultureInfo.InvariantCulture),
                Count(unitLines, LineKind.Overdue).ToString(CultureInfo.InvariantCulture), Count(unitLines, LineKind.Resolved).ToString(CultureInfo.InvariantCulture));
        }

        doc.Heading(ZhCn.Text("report.bulletin.units.heading"));
        var number = 0;
        foreach (var unit in byUnit)
        {
            number++;
            doc.Subheading(ZhCn.Format("report.bulletin.unit.heading", ("number", Ordinal(number)), ("unit", unit.Key)));
            UnitTables(doc, period, [.. unit.Select(x => x.Line)]);
        }

        return doc;
    }

    /// <summary>The counts of <see cref="Build"/>'s 总体情况, for the notice that a bulletin was issued.</summary>
    public static BulletinTotals Totals(BulletinPeriod period, IReadOnlyList<AlertRecord> ledger)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(ledger);
        return TotalsOf(LinesOf(period, ledger));
    }

    private static List<Line> LinesOf(BulletinPeriod period, IReadOnlyList<AlertRecord> ledger) =>
        [.. ledger.Where(a => !OperationsRules.Contains(a.Rule)).Select(a => Classify(period, a)).Where(l => l.Kind is not null)];

    private static BulletinTotals TotalsOf(IReadOnlyList<Line> lines) =>
        new(Count(lines, LineKind.Opened), Count(lines, LineKind.StillOpen), Count(lines, LineKind.Overdue), Count(lines, LineKind.Resolved));

    private static int Count(IEnumerable<Line> lines, LineKind kind) => lines.Count(l => l.Kind == kind);

    private static IEnumerable<string> Units(AlertRecord alert) =>
        alert.ResponsibleUnits is { Count: > 0 } units ? units : [ZhCn.Text("report.bulletin.no_unit")];

    /// <summary>一 … 十, 十一 … 九十九 (the plan names about thirty units), then digits.</summary>
    internal static string Ordinal(int n)
    {
        const string digits = "〇一二三四五六七八九";
        return n switch
        {
            <= 0 or > 99 => n.ToString(CultureInfo.InvariantCulture),
            < 10 => digits[n].ToString(),
            _ => (n >= 20 ? digits[n / 10].ToString() : "") + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
