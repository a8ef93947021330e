namespace Changji.Evaluation.Results;

/// <summary>
/// Status of an evaluated item (docs/standard.md §6). Codes: <c>met</c> 达标, <c>not_met</c> 未达标,
/// <c>missing</c> 数据缺失, <c>evidence_pending</c> 待核验. Missing is never counted as met.
/// </summary>
public enum ItemStatus
{
    Met,
    NotMet,
    Missing,
    EvidencePending,
}
