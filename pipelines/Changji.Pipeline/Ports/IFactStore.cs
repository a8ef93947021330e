using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Ports;

/// <summary>Read side of the information database: the accepted facts per year.</summary>
public interface IFactStore
{
    /// <summary>Years that hold any fact, ascending.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The facts of one year, each list ordered by school code or county code.</summary>
    Task<CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// The counties that hold facts in the year, as stored: null for the home county (its facts carry no
    /// code), then the other codes in ordinal order. A recompute per county (issue 10) walks these.
    /// </summary>
    Task<IReadOnlyList<string?>> CountiesAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// One county's facts of one year (<paramref name="county"/> as stored: null for the home county), ordered
    /// as <see cref="LoadYearAsync"/> orders them, without reading the other counties' facts.
    /// </summary>
    Task<CountyYear> LoadCountyYearAsync(int year, string? county, CancellationToken cancellationToken = default);
}
