using Changji.Evaluation.Catalogue;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// Who answers for an alert under the profile's plan (docs/plan-measures.md). The plan is asked, most
/// specific first: <c>rule:item</c> (e.g. <c>cv_over_limit:L2</c>), then the rule (e.g. <c>size_over_cap</c>,
/// <c>file_rejected</c>), then the items the alert is about (its indicator, and for the school rule the
/// indicators missed), whose owners merge in that order.
/// </summary>
public static class AlertOwners
{
    public static PlanOwners? Of(RectificationPlan? plan, FiredAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (plan is null)
        {
            return null;
        }

        var rule = alert.Rule.Code;
        if (alert.IndicatorCode is { } item && plan.Answers($"{rule}:{item}"))
        {
            return plan.Owners([$"{rule}:{item}"]);
        }

        if (plan.Answers(rule))
        {
            return plan.Owners([rule]);
        }

        var items = alert.IndicatorCode is null ? alert.Items : [alert.IndicatorCode, .. alert.Items];
        return plan.Owners(items);
    }

    /// <summary>Each fired alert with its owners.</summary>
    public static IReadOnlyList<FiredAlert> Assign(RectificationPlan? plan, IEnumerable<FiredAlert> fired) =>
        fired.Select(f => f with { Owners = Of(plan, f) }).ToList();
}
