namespace Changji.Evaluation.Results;

/// <summary>
/// A verdict over several areas (docs/standard.md "Areas and verdicts"): the worst of their statuses and
/// the union of their blocking codes.
/// </summary>
public sealed record Verdict(ItemStatus Status, IReadOnlyList<string> Blocking)
{
    public bool Passed => Status == ItemStatus.Met;
}
