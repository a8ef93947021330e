using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Pipeline.Curated;

/// <summary>School-grain tables: dim_school, fact_school_indicator, fact_school_compliance.</summary>
public static partial class CuratedRows
{
    public static IReadOnlyList<DimSchoolRow> Schools(CountyYear year, CountyEvaluation? evaluation, string countyCode)
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
                    CountyCode = countyCode,
                };
            })
            .ToList();
    }

    public static IReadOnlyList<FactSchoolIndicatorRow> SchoolIndicators(CountyEvaluation evaluation, string countyCode) =>
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
                CountyCode = countyCode,
            })
            .ToList();

    public static IReadOnlyList<FactSchoolComplianceRow> Compliance(CountyEvaluation evaluation, string countyCode) =>
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
                CountyCode = countyCode,
            })
            .ToList();
}
