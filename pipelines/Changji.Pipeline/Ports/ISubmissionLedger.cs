using Changji.Ingestion;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Ports;

/// <summary>The submission ledger of the information database.</summary>
public interface ISubmissionLedger
{
    Task<SubmissionRecord?> FindAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the file, its findings and its accepted rows as one unit: either all of it is stored or
    /// none. Facts replace those of the same year and key (school code, or county code); nothing else
    /// changes. Returns the school or county codes whose earlier facts were replaced.
    /// </summary>
    Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, CancellationToken cancellationToken = default) =>
        RecordAsync(submission, content, content.Rejected ? [] : [RowChunk.Of(content)], cancellationToken);

    /// <summary>
    /// As <see cref="RecordAsync(SubmissionRecord, IngestedFile, CancellationToken)"/>, with the accepted rows given in
    /// chunks (<see cref="IngestionOptions.RowsPerChunk"/>) rather than in <paramref name="content"/>, which holds the
    /// findings and counts (and no rows when <see cref="IngestedFile.RowsHeld"/> is false). The chunks are enumerated
    /// once, inside the same unit (SQLite: the file's one transaction), so memory holds one chunk at a time. A rejected
    /// file's chunks are not read.
    /// </summary>
    Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, IEnumerable<RowChunk> rows, CancellationToken cancellationToken = default);

    /// <summary>Every submission, in the order received.</summary>
    Task<IReadOnlyList<SubmissionRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The findings of the files received for a year, in the order received.</summary>
    Task<IReadOnlyList<StoredFinding>> FindingsAsync(int year, CancellationToken cancellationToken = default);
}
