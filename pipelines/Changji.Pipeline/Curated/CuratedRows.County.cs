using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Pipeline.Curated;

/// <summary>County-grain tables: dim_indicator, fact_county_variation, fact_county_indicator, fact_county_verdict.</summary>
public static partial class CuratedRows
{
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

    public static IReadOnlyList<FactCountyVariationRow> Variation(CountyEvaluation evaluation, string countyCode) =>
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
                Note = r.Note,
                CountyCode = countyCode,
            })
            .ToList();

    /// <summary>One row per G/Q/S/C item (the verdicts are in <see cref="CountyVerdicts"/>).</summary>
    public static IReadOnlyList<FactCountyIndicatorRow> CountyIndicators(CountyEvaluation evaluation, string countyCode) =>
        evaluation.CountyItems
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
                CountyCode = countyCode,
            })
            .ToList();

    /// <summary>
    /// One row per area (the four national ones, then <c>commitments</c>), then the <c>national</c> headline
    /// verdict and the <c>plan</c> verdict, each with a note naming what blocks it (codes with their Chinese names).
    /// </summary>
    public static IReadOnlyList<FactCountyVerdictRow> CountyVerdicts(CountyEvaluation evaluation, Profile profile, string countyCode)
    {
        string Named(IEnumerable<string> codes) => IndicatorText.Named(profile, codes);

        var rows = evaluation.Areas.Select(a => new FactCountyVerdictRow
        {
            Year = evaluation.Year,
            Area = a.Area.ToCode(),
            AreaZh = a.Area.ToChinese(),
            Status = a.Status.ToCode(),
            BlockingCodes = string.Join(",", a.Blocking),
            Note = (a.Blocking.Count == 0
                ? ZhCn.Format("curated.area.met", ("area", a.Area.ToChinese()))
                : ZhCn.Format("curated.area.not_met", ("area", a.Area.ToChinese()), ("status", a.Status.ToChinese()), ("blocking", Named(a.Blocking))))
                + (a.Note is null ? "" : ZhCn.Format("curated.area.engine_note", ("note", a.Note))),
        }).ToList();
        rows.Add(Verdict(evaluation.Year, "national", evaluation.National, ZhCn.Text("curated.verdict.national"),
            evaluation.National.Blocking.Count == 0 ? ZhCn.Text("curated.verdict.national.met") : ZhCn.Format("curated.verdict.national.not_met", ("blocking", Named(evaluation.National.Blocking)))));
        rows.Add(Verdict(evaluation.Year, "plan", evaluation.Plan, ZhCn.Text("curated.verdict.plan"),
            evaluation.Plan.Blocking.Count == 0 ? ZhCn.Text("curated.verdict.plan.met") : ZhCn.Format("curated.verdict.plan.not_met", ("blocking", Named(evaluation.Plan.Blocking)))));
        return rows.Select((r, i) => r with { SortOrder = i + 1, CountyCode = countyCode }).ToList();
    }

    private static FactCountyVerdictRow Verdict(int year, string code, Verdict verdict, string label, string note) => new()
    {
        Year = year,
        Area = code,
        AreaZh = label,
        Status = verdict.Status.ToCode(),
        BlockingCodes = string.Join(",", verdict.Blocking),
        Note = note,
    };
}
