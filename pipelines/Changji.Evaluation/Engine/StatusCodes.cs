using Changji.Evaluation.Results;

namespace Changji.Evaluation.Engine;

/// <summary>Output codes (outputs.md §2) and Chinese labels of <see cref="ItemStatus"/>.</summary>
public static class StatusCodes
{
    public static string ToCode(this ItemStatus status) => status switch
    {
        ItemStatus.Met => "met",
        ItemStatus.NotMet => "not_met",
        ItemStatus.Missing => "missing",
        ItemStatus.EvidencePending => "evidence_pending",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToChinese(this ItemStatus status) => status switch
    {
        ItemStatus.Met => "达标",
        ItemStatus.NotMet => "未达标",
        ItemStatus.Missing => "数据缺失",
        ItemStatus.EvidencePending => "待核验",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
