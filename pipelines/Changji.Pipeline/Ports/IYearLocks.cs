namespace Changji.Pipeline.Ports;

/// <summary>
/// One writer per school year: an ingest of a file of the year, a recompute from it and the outbox
/// drain after it run while holding the year's lock, so concurrent deliveries of one year are taken
/// one after the other, as a sequential run takes them. A blob lease per year in Azure; a single
/// process has nothing to exclude.
/// </summary>
public interface IYearLocks
{
    /// <summary>Holds the lock of <paramref name="year"/> (null: files without a year folder) until disposed, waiting while another holder has it.</summary>
    Task<IAsyncDisposable> AcquireAsync(int? year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the lock of one county's year: the home county's is the year's own lock (the one above, so a
    /// one-county store holds the same lock as before counties), another county's is its own, so counties
    /// never wait for each other (docs/azure.md, issue 10). Only a step that touches that county alone may
    /// take it: a recompute of the whole year still takes the year's lock.
    /// </summary>
    /// <param name="county">县级行政区划代码, six digits.</param>
    Task<IAsyncDisposable> AcquireAsync(int? year, string county, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the lock of the curated files that span counties (fact_region_summary, dim_indicator, fact_submission,
    /// the home county's fact_data_quality) and of the manifests, which a county's recompute rewrites at its end from
    /// every county's published files (read, merge, write): two counties recomputed at once would otherwise lose each
    /// other's rows. One lock for every year, since a recompute from a year also rewrites every later year's. Taken
    /// after the year's or the county's lock, never before, so holders cannot wait for each other in a circle. A county
    /// request does not take it: it leaves the step to a region request, which holds this lock alone (docs/azure.md).
    /// </summary>
    Task<IAsyncDisposable> AcquireRegionAsync(CancellationToken cancellationToken = default);
}
