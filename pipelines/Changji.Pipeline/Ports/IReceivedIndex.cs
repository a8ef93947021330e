using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Ports;

/// <summary>
/// Which versions of which incoming files were taken, so the daily reconcile finds files whose event
/// was missed without reading every file again.
/// </summary>
public interface IReceivedIndex
{
    Task RecordAsync(IncomingEntry entry, string sha256, CancellationToken cancellationToken = default);

    /// <summary>The entries of the listing not recorded with the same version (new, or overwritten since).</summary>
    Task<IReadOnlyList<IncomingEntry>> UnseenAsync(IReadOnlyList<IncomingEntry> listing, CancellationToken cancellationToken = default);
}
