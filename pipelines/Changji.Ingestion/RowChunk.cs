using Changji.Evaluation.Facts;

namespace Changji.Ingestion;

/// <summary>
/// Accepted rows of one file, at most <see cref="IngestionOptions.RowsPerChunk"/> of them: what a large file is
/// stored in (<see cref="FileIngestor.ReadChunks"/>), so memory holds one chunk rather than the file.
/// </summary>
public sealed record RowChunk(IReadOnlyList<SchoolStatistics> Statistics, IReadOnlyList<SchoolFunding> Funding, IReadOnlyList<CountyFigure> Figures)
{
    public int Count => Statistics.Count + Funding.Count + Figures.Count;

    /// <summary>The rows a file holds (<see cref="IngestedFile.RowsHeld"/>) as one chunk.</summary>
    public static RowChunk Of(IngestedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Statistics, file.Funding, file.Figures);
    }
}
