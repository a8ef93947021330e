namespace Changji.Pipeline.Ports;

/// <summary>
/// The years whose step spanning counties (fact_region_summary, dim_indicator, fact_submission, the home county's
/// fact_data_quality, the manifest) is due because a county published without it (docs/azure.md, "Built: coalescing
/// the step spanning counties"). A mark is set after the county's files are written and cleared by the step only if
/// unchanged since the step read it, so a county publishing during a step leaves its mark for a later one.
/// A blob per year in Azure; a single process runs the step in every recompute and has none.
/// </summary>
public interface IRegionMarks
{
    /// <summary>Marks the year due, with a new version even when it was marked already.</summary>
    Task MarkAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Every year marked due, in order.</summary>
    Task<IReadOnlyList<int>> DueAsync(CancellationToken cancellationToken = default);

    /// <summary>The mark's version (an ETag), or null when the year is not due.</summary>
    Task<string?> ReadAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Clears the mark if its version is still <paramref name="version"/>; false when it changed (a county published since).</summary>
    Task<bool> ClearAsync(int year, string version, CancellationToken cancellationToken = default);
}
