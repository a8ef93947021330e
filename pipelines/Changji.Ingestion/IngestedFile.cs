using Changji.Evaluation.Facts;

namespace Changji.Ingestion;

/// <summary>
/// What one steward file yields: the accepted rows of its kind and every finding. A rejected file
/// (<see cref="Rejected"/>) yields no rows at all; a rejected row is absent from the lists.
/// </summary>
public sealed record IngestedFile
{
    public required string FileName { get; init; }
    /// <summary>The sheet read (xlsx) or null (csv).</summary>
    public string? Sheet { get; init; }
    public FileKind? Kind { get; init; }
    /// <summary>The school year the file is for (from its rows, checked against the folder).</summary>
    public int? Year { get; init; }
    public required bool Rejected { get; init; }
    public int RowsRead { get; init; }
    public IReadOnlyList<SchoolStatistics> Statistics { get; init; } = [];
    public IReadOnlyList<SchoolFunding> Funding { get; init; } = [];
    public IReadOnlyList<CountyFigure> Figures { get; init; } = [];
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>
    /// The keys (学校标识码, or 指标代码) of rows that were read but not accepted, as far as the key itself
    /// was readable: every row's when the whole file is rejected. A school here has been reported, but
    /// not validly, so it must not silently leave the evaluation (docs/standard.md §6).
    /// </summary>
    public IReadOnlyList<string> RejectedKeys { get; init; } = [];

    public int RowsAccepted => Statistics.Count + Funding.Count + Figures.Count;
    public int RowsRejected => RowsRead - RowsAccepted;
}
