using Changji.Pipeline.Curated;

namespace Changji.Pipeline.Ports;

/// <summary>Publishes one year of curated Parquet so readers never see half of it.</summary>
public interface ICuratedPublisher
{
    /// <summary>Writes every file beside its destination, then moves each into place; unchanged files are left untouched.</summary>
    Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default);
}
