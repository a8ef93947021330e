namespace Changji.Pipeline.UseCases;

/// <summary>
/// Re-evaluates years from the information database and publishes them. An interface so the Azure
/// host can wrap it (<c>SettledRecompute</c>: again after an ETag race or a file committed meanwhile)
/// without the use case knowing about concurrency.
/// </summary>
public interface IRecomputeYears
{
    /// <summary>
    /// Recomputes <paramref name="fromYear"/> and every later year (up to <paramref name="toYear"/> when given), in
    /// order: every county one after the other, or only <paramref name="county"/> (a 县级行政区划代码, the home
    /// county's included) — its facts, ledger lines, reports and curated files, then the year's tables spanning
    /// counties. A county recomputed alone writes exactly what a recompute of every county writes for it.
    /// </summary>
    Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, string? county = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <paramref name="county"/> alone from <paramref name="fromYear"/> on, as <see cref="RunAsync"/>, but without the step
    /// spanning counties: each year the county published is marked due for it (<see cref="Ports.IRegionMarks"/>), so
    /// county runs go in parallel and one later step per year covers them all (the Azure host's county requests).
    /// </summary>
    Task<IReadOnlyList<YearResult>> RunCountyAsync(int fromYear, string county, CancellationToken cancellationToken = default);
}
