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
}
