using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Counties;

namespace Changji.Pipeline.Curated;

/// <summary>Region-grain tables: dim_county and fact_region_summary (docs/outputs.md §6).</summary>
public static partial class CuratedRows
{
    /// <summary>Each county with facts in the year, named by the first name its rows give (statistics first).</summary>
    public static IReadOnlyList<DimCountyRow> Counties(int year, IEnumerable<CountySlice> slices, HomeCounty home) =>
        slices
            .Where(s => s.Current.Schools.Count > 0 || s.Current.Funding.Count > 0 || s.Current.Figures.Count > 0)
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s =>
            {
                var names = s.Current.Schools.Select(f => f.CountyNames)
                    .Concat(s.Current.Funding.Select(f => f.CountyNames))
                    .Concat(s.Current.Figures.Select(f => f.CountyNames))
                    .OfType<CountyNames>().ToList();
                var isHome = s.Code == home.Code;
                return new DimCountyRow
                {
                    Year = year,
                    CountyCode = s.Code,
                    CountyName = names.Select(n => n.County).FirstOrDefault(n => n is not null) ?? (isHome ? home.Name : s.Code),
                    Prefecture = names.Select(n => n.Prefecture).FirstOrDefault(n => n is not null) ?? (isHome ? home.Prefecture : null),
                    Province = names.Select(n => n.Province).FirstOrDefault(n => n is not null) ?? (isHome ? home.Province : null),
                };
            })
            .ToList();

    /// <summary>Per area (and the national and plan verdicts), how many of the counties evaluated meet it.</summary>
    public static IReadOnlyList<FactRegionSummaryRow> RegionSummary(int year, IReadOnlyList<(string County, IReadOnlyList<FactCountyVerdictRow> Verdicts, IReadOnlyList<FactCountyVariationRow> Variation)> counties)
    {
        var evaluated = counties.Count;
        var overLimit = counties.Count(c => c.Variation.Any(v => v.Status == ItemStatus.NotMet.ToCode()));
        return counties
            .SelectMany(c => c.Verdicts)
            .GroupBy(v => (v.Area, v.AreaZh, v.SortOrder))
            .OrderBy(g => g.Key.SortOrder)
            .Select(g => new FactRegionSummaryRow
            {
                Year = year,
                Area = g.Key.Area,
                AreaZh = g.Key.AreaZh,
                CountiesEvaluated = evaluated,
                CountiesMet = g.Count(v => v.Status == ItemStatus.Met.ToCode()),
                CountiesNotMet = g.Count(v => v.Status == ItemStatus.NotMet.ToCode()),
                CountiesMissing = g.Count(v => v.Status != ItemStatus.Met.ToCode() && v.Status != ItemStatus.NotMet.ToCode()),
                CountiesCvOverLimit = overLimit,
                SortOrder = g.Key.SortOrder,
            })
            .ToList();
    }
}
