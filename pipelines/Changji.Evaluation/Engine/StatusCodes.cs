using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.Engine;

/// <summary>Output codes (docs/outputs.md §2) of <see cref="ItemStatus"/> and, by code, their Chinese labels.</summary>
public static class StatusCodes
{
    public static CodeMap<ItemStatus> Map { get; } = new("item_status",
        (ItemStatus.Met, "met"),
        (ItemStatus.NotMet, "not_met"),
        (ItemStatus.Missing, "missing"),
        (ItemStatus.EvidencePending, "evidence_pending"));

    public static string ToCode(this ItemStatus status) => Map.Code(status);

    public static string ToChinese(this ItemStatus status) => Map.Label(status);
}
