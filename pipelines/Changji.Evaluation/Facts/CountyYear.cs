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
    /// <summary>Schools the county file declares closed or merged (closed_school rows): 学校标识码 → 说明.</summary>
    public IReadOnlyDictionary<string, string?> ClosedSchools => Figures
        .Where(f => f.Code == CountyFigure.ClosedSchoolCode && f.Subject is not null)
        .GroupBy(f => f.Subject!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Note, StringComparer.Ordinal);
}
