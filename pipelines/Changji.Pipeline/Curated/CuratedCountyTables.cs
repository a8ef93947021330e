using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Pipeline.Counties;

namespace Changji.Pipeline.Curated;

/// <summary>
/// One county's curated tables of one year, in its own files (<see cref="CuratedFile.County"/>: null for the
/// home county, whose files keep the paths they had before counties), so a county's recompute writes its
/// files only. The rows go into <see cref="ParquetAppender{T}"/> as they come, so a county as large as a
/// nation never holds all its rows at once.
/// </summary>
public sealed class CuratedCountyTables(int year, string? folder, Profile profile) : IDisposable
{
    private readonly ParquetAppender<DimSchoolRow> schools = new();
    private readonly ParquetAppender<FactSchoolIndicatorRow> indicators = new();
    private readonly ParquetAppender<FactSchoolComplianceRow> compliance = new();
    private readonly ParquetAppender<FactCountyIndicatorRow> countyIndicators = new();
    private IReadOnlyList<FactCountyVerdictRow>? verdicts;
    private IReadOnlyList<FactCountyVariationRow> variation = [];

    /// <summary>The county's rows: its schools always, its results when it was evaluated.</summary>
    public async Task AddAsync(CountySlice slice, CountyEvaluation? evaluation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        await schools.AddAsync(CuratedRows.Schools(slice.Current, evaluation, slice.Code), ct).ConfigureAwait(false);
        if (evaluation is null)
        {
            return;
        }

        verdicts = CuratedRows.CountyVerdicts(evaluation, profile, slice.Code);
        variation = CuratedRows.Variation(evaluation, slice.Code);
        await indicators.AddAsync(CuratedRows.SchoolIndicators(evaluation, slice.Code), ct).ConfigureAwait(false);
        await compliance.AddAsync(CuratedRows.Compliance(evaluation, slice.Code), ct).ConfigureAwait(false);
        await countyIndicators.AddAsync(CuratedRows.CountyIndicators(evaluation, slice.Code), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The county's files: its schools, names (<c>dim_county</c>, its own row), data quality (when given: the
    /// home county's is written with the files' findings by the step for the year), and the tables of evaluation
    /// results when it was evaluated. The tables spanning counties are <see cref="CuratedRegion"/>'s.
    /// </summary>
    public async Task<IReadOnlyList<CuratedFile>> FilesAsync(IReadOnlyList<DimCountyRow> named, IReadOnlyList<FactDataQualityRow>? quality, CancellationToken ct)
    {
        var files = new List<CuratedFile>
        {
            Of(CuratedTables.DimSchool, await schools.ToArrayAsync(ct).ConfigureAwait(false)),
            Of(CuratedTables.DimCounty, await ParquetTable.WriteAsync(named, ct).ConfigureAwait(false)),
        };
        if (quality is not null)
        {
            files.Add(Of(CuratedTables.FactDataQuality, await ParquetTable.WriteAsync(quality, ct).ConfigureAwait(false)));
        }

        if (verdicts is null)
        {
            return files;
        }

        files.Add(Of(CuratedTables.FactSchoolIndicator, await indicators.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(Of(CuratedTables.FactSchoolCompliance, await compliance.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(Of(CuratedTables.FactCountyVariation, await ParquetTable.WriteAsync(variation, ct).ConfigureAwait(false)));
        files.Add(Of(CuratedTables.FactCountyIndicator, await countyIndicators.ToArrayAsync(ct).ConfigureAwait(false)));
        files.Add(Of(CuratedTables.FactCountyVerdict, await ParquetTable.WriteAsync(verdicts, ct).ConfigureAwait(false)));
        return files;
    }

    public void Dispose()
    {
        schools.Dispose();
        indicators.Dispose();
        compliance.Dispose();
        countyIndicators.Dispose();
    }

    private CuratedFile Of(string table, byte[] content) => new(table, year, content) { County = folder };
}
