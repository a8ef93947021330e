using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Curated;

/// <summary>
/// Maps the engine's results and the ledgers to curated rows, each table in a fixed order so the
/// same input always yields the same file.
/// </summary>
public static class CuratedRows
{
    public static IReadOnlyList<DimSchoolRow> Schools(CountyYear year, CountyEvaluation? evaluation)
    {
        var units = evaluation?.Units.ToLookup(u => u.SchoolCode, StringComparer.Ordinal);
        return year.Schools
            .OrderBy(s => s.SchoolCode, StringComparer.Ordinal)
            .Select(s =>
            {
                var own = units?[s.SchoolCode].ToList() ?? [];
                return new DimSchoolRow
                {
                    Year = s.Year,
                    SchoolCode = s.SchoolCode,
                    SchoolName = s.SchoolName,
                    SchoolType = s.SchoolType.ToChinese(),
                    UrbanRural = s.UrbanRural.ToChinese(),
                    Sponsor = s.Sponsor.ToChinese(),
                    Township = s.Township,
                    InScope = own.Any(u => u.InScope),
                    ExclusionReason = own.Any(u => u.InScope) ? null : own.Select(u => u.ExclusionReasonZh).FirstOrDefault(r => r is not null),
                    PrimaryStudents = s.PrimaryStudents,
                    JuniorStudents = s.JuniorStudents,
                    SeniorStudents = s.SeniorStudents,
                };
            })
            .ToList();
    }

    public static IReadOnlyList<DimIndicatorRow> Indicators(Profile profile) =>
        profile.IndicatorRows()
            .Select((r, i) => new DimIndicatorRow
            {
                IndicatorCode = r.IndicatorCode,
                Area = r.Area,
                AreaZh = AreaCodes.Parse(r.Area).ToChinese(),
                NameZh = r.NameZh,
                Level = r.Level ?? "county",
                Threshold = r.Threshold,
                Floor = r.Floor,
                Comparator = r.Comparator,
                Unit = r.Unit,
                Source = r.Source,
                RuleZh = r.RuleZh,
                Profile = r.Profile,
                SortOrder = i + 1,
            })
            .ToList();

    public static IReadOnlyList<FactSchoolIndicatorRow> SchoolIndicators(CountyEvaluation evaluation) =>
        evaluation.SchoolIndicators
            .OrderBy(r => r.SchoolCode, StringComparer.Ordinal).ThenBy(r => r.Level).ThenBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .Select(r => new FactSchoolIndicatorRow
            {
                Year = r.Year,
                SchoolCode = r.SchoolCode,
                Level = r.Level.ToCode(),
                IndicatorCode = r.IndicatorCode,
                Numerator = r.Numerator,
                Students = r.Students,
                Value = r.Value,
                Threshold = r.Threshold,
                Floor = r.Floor,
                Met = r.Met,
                AboveFloor = r.AboveFloor,
                Gap = r.Gap,
                Status = r.Status.ToCode(),
            })
            .ToList();

    public static IReadOnlyList<FactSchoolComplianceRow> Compliance(CountyEvaluation evaluation) =>
        evaluation.Compliance
            .OrderBy(r => r.SchoolCode, StringComparer.Ordinal).ThenBy(r => r.Level)
            .Select(r => new FactSchoolComplianceRow
            {
                Year = r.Year,
                SchoolCode = r.SchoolCode,
                Level = r.Level.ToCode(),
                IndicatorsMet = r.IndicatorsMet,
                IndicatorsMissing = r.IndicatorsMissing,
                Passed = r.Passed,
                Status = r.Status.ToCode(),
                Missed = string.Join(',', r.Missed),
                BelowFloor = string.Join(',', r.BelowFloor),
            })
            .ToList();

    public static IReadOnlyList<FactCountyVariationRow> Variation(CountyEvaluation evaluation) =>
        evaluation.Variation
            .OrderBy(r => r.Level).ThenBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .Select(r => new FactCountyVariationRow
            {
                Year = r.Year,
                Level = r.Level.ToCode(),
                IndicatorCode = r.IndicatorCode,
                Schools = r.Schools,
                Students = r.Students,
                Mean = r.Mean,
                StdDev = r.StdDev,
                Cv = r.Cv,
                CvLimit = r.CvLimit,
                Passed = r.Passed,
                Status = r.Status.ToCode(),
            })
            .ToList();

    /// <summary>
    /// Every item, then one row per area (<c>area:resource</c>…) and one <c>overall</c> row whose note
    /// names what blocks acceptance (codes with their Chinese names), for the leaders' first question.
    /// </summary>
    public static IReadOnlyList<FactCountyIndicatorRow> CountyIndicators(CountyEvaluation evaluation, Profile profile)
    {
        string Named(IEnumerable<string> codes) =>
            string.Join("；", codes.Select(c => profile.TryGet(c, out var item) ? $"{c} {item.NameZh}" : c));

        var rows = evaluation.CountyItems
            .Select(r => new FactCountyIndicatorRow
            {
                Year = r.Year,
                IndicatorCode = r.IndicatorCode,
                Area = r.Area.ToCode(),
                Value = r.Value,
                Threshold = r.Threshold,
                Status = r.Status.ToCode(),
                Note = r.Note,
                Failures = r.Failures.Count,
            })
            .ToList();
        rows.AddRange(evaluation.Areas.Select(a => new FactCountyIndicatorRow
        {
            Year = evaluation.Year,
            IndicatorCode = "area:" + a.Area.ToCode(),
            Area = a.Area.ToCode(),
            Status = a.Status.ToCode(),
            Note = a.Blocking.Count == 0 ? $"{a.Area.ToChinese()}达标" : $"{a.Area.ToChinese()}未达标，制约项：{Named(a.Blocking)}",
            Failures = a.Blocking.Count,
        }));
        rows.Add(new FactCountyIndicatorRow
        {
            Year = evaluation.Year,
            IndicatorCode = "overall",
            Area = "overall",
            Status = evaluation.Overall.ToCode(),
            Note = evaluation.Blocking.Count == 0 ? "四个方面全部达标" : $"制约验收的项目：{Named(evaluation.Blocking)}",
            Failures = evaluation.Blocking.Count,
        });
        return rows;
    }

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
                Severity = Codes.Of(f.Finding.Severity),
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
                Severity = a.Severity,
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
