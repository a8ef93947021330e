using Changji.Evaluation.Catalogue;

namespace Changji.Evaluation.Results;

/// <summary>
/// An area passes only when every item in it is met; <see cref="Blocking"/> lists the codes that are not
/// (for <c>resource</c> also the codes of schools whose statistics were rejected, docs/standard.md §6).
/// </summary>
public sealed record AreaVerdict(Area Area, ItemStatus Status, IReadOnlyList<string> Blocking)
{
    public bool Passed => Status == ItemStatus.Met;

    /// <summary>What the engine adds to the area's note (Chinese), e.g. the schools whose statistics were rejected; null when nothing.</summary>
    public string? Note { get; init; }
}
