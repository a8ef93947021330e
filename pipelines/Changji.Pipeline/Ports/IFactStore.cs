using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Ports;

/// <summary>Read side of the information database: the accepted facts per year.</summary>
public interface IFactStore
{
    /// <summary>Years that hold any fact, ascending.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The facts of one year, each list ordered by school code or county code.</summary>
    Task<CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default);
}
