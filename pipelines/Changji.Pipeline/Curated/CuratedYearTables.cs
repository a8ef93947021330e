using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Pipeline.Counties;

namespace Changji.Pipeline.Curated;

/// <summary>
/// A year's curated tables filled county by county, in the order the counties are evaluated (the home
/// county first, then code order): each county's rows go into the tables' <see cref="ParquetAppender{T}"/>
/// as soon as it is evaluated, so its evaluation can be let go. What stays is a county's verdict and CV rows
/// (a few dozen), for fact_region_summary.
/// </summary>
public sealed class CuratedYearTables(int year, Profile profile) : IDisposable
{
    private readonly ParquetAppender<DimSchoolRow> schools = new();
    private readonly ParquetAppender<FactSchoolIndicatorRow> indicators = new();
    private readonly ParquetAppender<FactSchoolComplianceRow> compliance = new();
    private readonly ParquetAppender<FactCountyIndicatorRow> countyIndicators = new();
    private readonly List<(string County, IReadOnlyList<FactCountyVerdictRow> Verdicts, IReadOnlyList<FactCountyVariationRow> Variation)> verdicts = [];

    /// <summary>One county's rows: its schools always, its results when it was evaluated.</summary>
    public async Task AddAsync(CountySlice slice, CountyEvaluation? evaluation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        await schools.AddAsync(CuratedRows.Schools(slice.Current, evaluation, slice.Code), ct).ConfigureAwait(false);
        if (evaluation is null)
        {
            return;
        }

        verdicts.Add((slice.Code, CuratedRows.CountyVerdicts(evaluation, profile, slice.Code), CuratedRows.Variation(evaluation, slice.Code)));
        await indicators.AddAsync(CuratedRows.SchoolIndicators(evaluation, slice.Code), ct).ConfigureAwait(false);
        await compliance.AddAsync(CuratedRows.Compliance(evaluation, slice.Code), ct).ConfigureAwait(false);
        await countyIndicators.AddAsync(CuratedRows.CountyIndicators(evaluation, slice.Code), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One file per table holding every county's rows; a table of evaluation results only when some county
    /// was evaluated. The small tables are written whole here.
    /// </summary>
    public async Task<IReadOnlyList<CuratedFile>> FilesAsync(IReadOnlyList<DimCountyRow> named, IReadOnlyList<FactDataQualityRow> quality, CancellationToken ct)
    {
        var files = new List<CuratedFile>
        {
            new(CuratedTables.DimSchool, year, await schools.ToArrayAsync(ct).ConfigureAwait(false)),
            await FileAsync(CuratedTables.DimIndicator, CuratedRows.Indicators(profile), ct).ConfigureAwait(false),
            await FileAsync(CuratedTables.FactDataQuality, quality, ct).ConfigureAwait(false),
            await FileAsync(CuratedTables.DimCounty, named, ct).ConfigureAwait(false),
        };
        if (verdicts.Count == 0)
        {
            return files;
        }

        files.Add(new(CuratedTables.FactSchoolIndicator, year, await indicators.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(new(CuratedTables.FactSchoolCompliance, year, await compliance.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(await FileAsync(CuratedTables.FactCountyVariation, [.. verdicts.SelectMany(v => v.Variation)], ct).ConfigureAwait(false));
        files.Add(new(CuratedTables.FactCountyIndicator, year, await countyIndicators.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(await FileAsync(CuratedTables.FactCountyVerdict, [.. verdicts.SelectMany(v => v.Verdicts)], ct).ConfigureAwait(false));
        files.Add(await FileAsync(CuratedTables.FactRegionSummary, CuratedRows.RegionSummary(year, verdicts), ct).ConfigureAwait(false));
        return files;
    }

    public void Dispose()
    {
        schools.Dispose();
        indicators.Dispose();
        compliance.Dispose();
        countyIndicators.Dispose();
    }

    private async Task<CuratedFile> FileAsync<T>(string table, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class, new() =>
        new(table, year, await ParquetTable.WriteAsync(rows, ct).ConfigureAwait(false));
}
