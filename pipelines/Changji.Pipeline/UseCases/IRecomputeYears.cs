namespace Changji.Pipeline.UseCases;

/// <summary>
/// Re-evaluates years from the information database and publishes them. An interface so the Azure
/// host can wrap it (<c>SettledRecompute</c>: again after an ETag race or a file committed meanwhile)
/// without the use case knowing about concurrency.
/// </summary>
public interface IRecomputeYears
{
    /// <summary>Recomputes <paramref name="fromYear"/> and every later year (up to <paramref name="toYear"/> when given), in order.</summary>
    Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, CancellationToken cancellationToken = default);
}
