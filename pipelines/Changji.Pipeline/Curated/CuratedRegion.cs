using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Curated;

/// <summary>
/// The year's tables that span counties, written once per year after the counties' own files: dim_indicator
/// (the catalogue) and fact_region_summary, read back from every county's published fact_county_verdict and
/// fact_county_variation rather than kept from their evaluations, so a recompute of one county gives the same
/// summary as a recompute of all (docs/outputs.md §6).
/// </summary>
public static class CuratedRegion
{
    /// <param name="homeCountyCode">The county of the files directly under the year (a file there that an earlier layout filled with every county's rows counts for the home county only).</param>
    public static async Task<IReadOnlyList<CuratedFile>> FilesAsync(ICuratedPublisher publisher, int year, Profile profile, string homeCountyCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var files = new List<CuratedFile>
        {
            new(CuratedTables.DimIndicator, year, await ParquetTable.WriteAsync(CuratedRows.Indicators(profile), ct).ConfigureAwait(false)),
        };
        var verdicts = await RowsAsync<FactCountyVerdictRow>(publisher, CuratedTables.FactCountyVerdict, year, homeCountyCode, r => r.CountyCode, ct).ConfigureAwait(false);
        if (verdicts.Count == 0)
        {
            return files;
        }

        var variation = (await RowsAsync<FactCountyVariationRow>(publisher, CuratedTables.FactCountyVariation, year, homeCountyCode, r => r.CountyCode, ct).ConfigureAwait(false))
            .ToLookup(v => v.CountyCode, StringComparer.Ordinal);
        var counties = verdicts
            .GroupBy(v => v.CountyCode, StringComparer.Ordinal)
            .Select(g => (County: g.Key, Verdicts: (IReadOnlyList<FactCountyVerdictRow>)[.. g], Variation: (IReadOnlyList<FactCountyVariationRow>)[.. variation[g.Key]]))
            .ToList();
        files.Add(new(CuratedTables.FactRegionSummary, year, await ParquetTable.WriteAsync(CuratedRows.RegionSummary(year, counties), ct).ConfigureAwait(false)));
        return files;
    }

    /// <summary>The rows of every published file of the table's year that belong to the file's county.</summary>
    private static async Task<List<T>> RowsAsync<T>(ICuratedPublisher publisher, string table, int year, string homeCountyCode, Func<T, string> countyOf, CancellationToken ct)
        where T : class, new()
    {
        var rows = new List<T>();
        foreach (var file in await publisher.ReadYearAsync(table, year, ct).ConfigureAwait(false))
        {
            var county = file.County ?? homeCountyCode;
            rows.AddRange((await ParquetTable.ReadAsync<T>(file.Content, ct).ConfigureAwait(false)).Where(r => countyOf(r) == county));
        }

        return rows;
    }
}
