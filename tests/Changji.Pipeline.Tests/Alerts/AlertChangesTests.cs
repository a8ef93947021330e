using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Tests.Alerts;

public sealed class AlertChangesTests
{
    private static readonly DateTime Now = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static FiredAlert Cv(string? county) =>
        new() { Rule = AlertRule.CvOverLimit, Year = 2024, Subject = "county", Level = "junior", IndicatorCode = "L2", MessageZh = "差异系数超标", County = county };

    [Fact]
    public void Combine_TwoCountiesDecisions_KeepsEveryUpsertMessageAndBasis()
    {
        var home = AlertReconciler.Reconcile(2024, [AlertRule.CvOverLimit], [Cv(null)], [], Now);
        var other = AlertReconciler.Reconcile(2024, [AlertRule.CvOverLimit], [Cv("652302")], [], Now);

        var combined = AlertChanges.Combine([home, AlertChanges.None, other]);

        Assert.Equal(2, combined.Upserts.Count);
        Assert.Equal(2, combined.Messages.Count);
        Assert.Equal(combined.Upserts.Select(u => u.AlertId).Order(), combined.Basis!.Keys.Order());
        Assert.NotEqual(combined.Upserts[0].AlertId, combined.Upserts[1].AlertId);
        Assert.Equal("652302", combined.Upserts[1].CountyCode);
    }

    [Fact]
    public void Combine_OneDecision_IsThatDecision()
    {
        var home = AlertReconciler.Reconcile(2024, [AlertRule.CvOverLimit], [Cv(null)], [], Now);

        Assert.Same(home, AlertChanges.Combine([AlertChanges.None, home]));
        Assert.Same(AlertChanges.None, AlertChanges.Combine([]));
    }
}
