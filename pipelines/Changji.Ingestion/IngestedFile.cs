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

    /// <summary>
    /// True when the accepted rows are in <see cref="Statistics"/>, <see cref="Funding"/> and <see cref="Figures"/>.
    /// False when the file had more than a chunk of them (<see cref="IngestionOptions.RowsPerChunk"/>,
    /// <see cref="FileIngestor.Check"/>): the lists are then empty, the counts and keys below still describe
    /// every row, and the rows are read again chunk by chunk (<see cref="FileIngestor.ReadChunks"/>) to be stored.
    /// </summary>
    public bool RowsHeld { get; init; } = true;

    /// <summary>The rows accepted: the lists' rows, or as counted when they are not held.</summary>
    public int RowsAccepted
    {
        get => rowsAccepted ?? Statistics.Count + Funding.Count + Figures.Count;
        init => rowsAccepted = value;
    }

    /// <summary>The counties the accepted rows name (null for a row without a county), each once, in first-read order.</summary>
    public IReadOnlyList<string?> Counties
    {
        get => counties ?? [.. Statistics.Select(s => s.CountyCode).Concat(Funding.Select(f => f.CountyCode)).Concat(Figures.Select(c => c.CountyCode)).Distinct()];
        init => counties = value;
    }

    /// <summary>The year and school of each accepted funding row, in file order: what the check across files needs.</summary>
    public IReadOnlyList<FundingSchool> FundingSchools
    {
        get => fundingSchools ?? [.. Funding.Select(f => new FundingSchool(f.Year, f.SchoolCode, f.SchoolName))];
        init => fundingSchools = value;
    }

    private readonly int? rowsAccepted;
    private readonly IReadOnlyList<string?>? counties;
    private readonly IReadOnlyList<FundingSchool>? fundingSchools;

    public int RowsRejected => RowsRead - RowsAccepted;
}
