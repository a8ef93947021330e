using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Pipeline.Curated;

/// <summary>County-grain tables: dim_indicator, fact_county_variation, fact_county_indicator.</summary>
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
        string Named(IEnumerable<string> codes) => IndicatorText.Named(profile, codes);

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
            Note = a.Blocking.Count == 0
                ? ZhCn.Format("curated.area.met", ("area", a.Area.ToChinese()))
                : ZhCn.Format("curated.area.not_met", ("area", a.Area.ToChinese()), ("blocking", Named(a.Blocking))),
            Failures = a.Blocking.Count,
        }));
        rows.Add(new FactCountyIndicatorRow
        {
            Year = evaluation.Year,
            IndicatorCode = "overall",
            Area = "overall",
            Status = evaluation.Overall.ToCode(),
            Note = evaluation.Blocking.Count == 0 ? ZhCn.Text("curated.overall.met") : ZhCn.Format("curated.overall.not_met", ("blocking", Named(evaluation.Blocking))),
            Failures = evaluation.Blocking.Count,
        });
        return rows;
    }
}
