using Changji.Evaluation.Catalogue;

namespace Changji.Evaluation.Results;

/// <summary>An area passes only when every item in it is met; <see cref="Blocking"/> lists the codes that are not.</summary>
public sealed record AreaVerdict(Area Area, ItemStatus Status, IReadOnlyList<string> Blocking)
{
    public bool Passed => Status == ItemStatus.Met;
}
