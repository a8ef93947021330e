using Changji.Pipeline.Curated;

namespace Changji.Pipeline.Ports;

/// <summary>Publishes curated Parquet so readers never see half of it, and each year's manifest last.</summary>
public interface ICuratedPublisher
{
    /// <summary>Writes every file beside its destination, then moves each into place; unchanged files are left untouched.</summary>
    Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every file of a table's year as published: the one directly under <c>{table}/year={year}/</c> and each
    /// county's (<see cref="CuratedFile.County"/> set from its <c>county=</c> folder), in path order. The step
    /// that writes the tables spanning counties reads the counties' own results back with it.
    /// </summary>
    Task<IReadOnlyList<CuratedFile>> ReadYearAsync(string table, int year, CancellationToken cancellationToken = default);

    /// <summary>The year's manifest (<see cref="CuratedManifest.RelativePath"/>), or null when none was written yet.</summary>
    Task<byte[]?> ReadManifestAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Replaces the year's manifest atomically; called after the year's files are in place.</summary>
    Task WriteManifestAsync(int year, byte[] content, CancellationToken cancellationToken = default);
}
