using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Curated;

/// <summary>Tables from the ledgers: fact_data_quality and fact_alert.</summary>
public static partial class CuratedRows
{
    /// <summary>
    /// The findings of the files received for the year, then those of the cross-file checks as they stand
    /// now. A cross-file finding a file got when it arrived is left out: the check run now replaces it, so
    /// the warning goes once the data that answers it arrives.
    /// </summary>
    /// <remarks>
    /// A file's findings carry the home county's code (a file may span counties, and the county receiving
    /// it answers for it); a cross-file finding carries the county whose facts it compares.
    /// </remarks>
    public static IReadOnlyList<FactDataQualityRow> DataQuality(
        int year, IReadOnlyList<StoredFinding> findings, IReadOnlyList<SubmissionRecord> submissions,
        IEnumerable<(string County, Finding Finding)> crossFile, string homeCountyCode)
    {
        var received = submissions.ToDictionary(s => s.Sha256, StringComparer.Ordinal);
        return findings
            .Where(f => f.Year == year && f.Finding.Code != CrossFileChecks.FundingSchoolUnknown)
            .Select(f => received.GetValueOrDefault(f.Sha256) is { } s
                ? Quality(year, f.Finding, s.Path, f.Sha256, homeCountyCode) with { UploadedBy = s.UploadedBy?.Name, UploadedById = s.UploadedBy?.Id }
                : Quality(year, f.Finding, f.Finding.File, f.Sha256, homeCountyCode))
            .Concat(crossFile.Select(c => Quality(year, c.Finding, c.Finding.File, "", c.County)))
            .ToList();
    }

    private static FactDataQualityRow Quality(int year, Finding f, string file, string sha256, string countyCode) => new()
    {
        CountyCode = countyCode,
        Year = year,
        File = file,
        Sha256 = sha256,
        Sheet = f.Sheet,
        Row = f.Row,
        Column = f.Column,
        Value = f.Value,
        Severity = f.Severity.ToCode(),
        Code = f.Code,
        MessageZh = f.MessageZh,
    };

    public static IReadOnlyList<FactAlertRow> Alerts(int openedYear, IReadOnlyList<AlertRecord> ledger, HomeCounty home) =>
        ledger
            .Where(a => a.OpenedYear == openedYear)
            .OrderBy(a => a.Rule, StringComparer.Ordinal).ThenBy(a => a.Key, StringComparer.Ordinal).ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .Select(a => new FactAlertRow
            {
                AlertId = a.AlertId,
                Year = a.OpenedYear,
                Rule = a.Rule,
                RuleZh = AlertRule.Of(a.Rule).NameZh,
                // Shown one step higher once overdue (逾期未整改).
                Severity = a.DisplayedSeverity,
                SeverityZh = AlertSeverityCodes.Map.Label(AlertSeverityCodes.Map.Parse(a.DisplayedSeverity)),
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
                DueDate = a.DueDate,
                Overdue = a.DueDate is null ? null : a.Overdue,
                ResponsibleUnits = a.ResponsibleUnits is { Count: > 0 } units ? string.Join("、", units) : null,
                Measures = a.Measures is { Count: > 0 } measures ? string.Join(",", measures) : null,
                CountyCode = home.Resolve(a.CountyCode),
            })
            .ToList();
}
