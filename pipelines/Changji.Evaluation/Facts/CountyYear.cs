namespace Changji.Evaluation.Facts;

/// <summary>Everything the information database holds for one county and one school year.</summary>
public sealed record CountyYear
{
    public required int Year { get; init; }
    public required IReadOnlyList<SchoolStatistics> Schools { get; init; }
    public IReadOnlyList<SchoolFunding> Funding { get; init; } = [];
    public IReadOnlyList<CountyFigure> Figures { get; init; } = [];
    /// <summary>Codes of schools whose statistics row was rejected this year and that have no accepted row (docs/standard.md §6).</summary>
    public IReadOnlyList<string> RejectedSchools { get; init; } = [];
}
