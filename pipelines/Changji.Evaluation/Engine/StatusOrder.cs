using Changji.Evaluation.Results;

namespace Changji.Evaluation.Engine;

/// <summary>
/// Combines statuses: a failure is certain and dominates, then missing data, then a pending
/// judgement; only all-met is met. Missing is never counted as met.
/// </summary>
public static class StatusOrder
{
    public static ItemStatus Worst(ItemStatus a, ItemStatus b) => Rank(a) >= Rank(b) ? a : b;

    public static ItemStatus Worst(IEnumerable<ItemStatus> statuses)
    {
        var worst = ItemStatus.Met;
        foreach (var status in statuses)
        {
            worst = Worst(worst, status);
        }

        return worst;
    }

    private static int Rank(ItemStatus status) => status switch
    {
        ItemStatus.Met => 0,
        ItemStatus.EvidencePending => 1,
        ItemStatus.Missing => 2,
        ItemStatus.NotMet => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
