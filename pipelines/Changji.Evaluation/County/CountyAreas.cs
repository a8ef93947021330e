using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>Evaluates every G/Q/S/C item of a profile and the verdict of the area each belongs to.</summary>
internal static class CountyAreas
{
    public static List<CountyItemResult> EvaluateItems(CountyContext context)
    {
        var results = new List<CountyItemResult>();
        foreach (var item in context.Profile.Items)
        {
            if (item.Area != Area.Resource)
            {
                results.Add(CountyRules.Evaluate(item, context));
            }
        }
        return results;
    }

    /// <summary>An area is met only when every item in it is met; the others are its blocking codes.</summary>
    public static AreaVerdict Verdict(Area area, IReadOnlyList<CountyItemResult> items)
    {
        var status = ItemStatus.Met;
        var blocking = new List<string>();
        foreach (var item in items)
        {
            if (item.Area != area || item.Status == ItemStatus.Met)
            {
                continue;
            }

            status = StatusOrder.Worst(status, item.Status);
            blocking.Add(item.IndicatorCode);
        }
        return new AreaVerdict(area, status, blocking);
    }
}
