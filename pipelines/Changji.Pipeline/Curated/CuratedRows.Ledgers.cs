using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Curated;

/// <summary>Tables from the ledgers: fact_data_quality and fact_alert.</summary>
public static partial class CuratedRows
{
    public static IReadOnlyList<FactDataQualityRow> DataQuality(int year, IReadOnlyList<StoredFinding> findings, IReadOnlyList<SubmissionRecord> submissions)
    {
        var paths = submissions.ToDictionary(s => s.Sha256, s => s.Path, StringComparer.Ordinal);
        return findings
            .Where(f => f.Year == year)
            .Select(f => new FactDataQualityRow
            {
                Year = year,
                File = paths.GetValueOrDefault(f.Sha256, f.Finding.File),
                Sha256 = f.Sha256,
                Sheet = f.Finding.Sheet,
                Row = f.Finding.Row,
                Column = f.Finding.Column,
                Value = f.Finding.Value,
                Severity = f.Finding.Severity.ToCode(),
                Code = f.Finding.Code,
                MessageZh = f.Finding.MessageZh,
            })
            .ToList();
    }

    public static IReadOnlyList<FactAlertRow> Alerts(int openedYear, IReadOnlyList<AlertRecord> ledger) =>
        ledger
            .Where(a => a.OpenedYear == openedYear)
            .OrderBy(a => a.Rule, StringComparer.Ordinal).ThenBy(a => a.Key, StringComparer.Ordinal).ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .Select(a => new FactAlertRow
            {
                AlertId = a.AlertId,
                Year = a.OpenedYear,
                Rule = a.Rule,
                RuleZh = AlertRule.Of(a.Rule).NameZh,
                Severity = a.Severity,
                SeverityZh = AlertSeverityCodes.Map.Label(AlertSeverityCodes.Map.Parse(a.Severity)),
                Subject = a.Subject,
                SchoolCode = a.SchoolCode,
                Level = a.Level,
                IndicatorCode = a.IndicatorCode,
                MessageZh = a.MessageZh,
                Status = a.Status == AlertStatus.Open ? "open" : "resolved",
                OpenedAt = a.OpenedAtUtc,
                ResolvedAt = a.ResolvedAtUtc,
                OpenedYear = a.OpenedYear,
                ResolvedYear = a.ResolvedYear,
            })
            .ToList();
}
