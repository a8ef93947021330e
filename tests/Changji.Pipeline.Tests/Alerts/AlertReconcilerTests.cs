using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Tests.Alerts;

public sealed class AlertReconcilerTests
{
    private static readonly DateTime T2023 = new(2024, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime T2024 = new(2025, 1, 10, 0, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlyList<AlertRule> Rules = [AlertRule.SchoolRuleFailed, AlertRule.RowsRejected];

    private static FiredAlert SchoolFails(int year) => new()
    {
        Rule = AlertRule.SchoolRuleFailed,
        Year = year,
        Subject = "3652010001",
        SchoolCode = "3652010001",
        Level = "primary",
        MessageZh = $"{year}学年 第一小学 未达标",
    };

    private static FiredAlert RowsRejected(int year) => new()
    {
        Rule = AlertRule.RowsRejected,
        Year = year,
        Subject = $"{year}/补报.csv",
        MessageZh = "有行被退回",
    };

    private static List<AlertRecord> Apply(List<AlertRecord> ledger, AlertChanges changes)
    {
        var byId = ledger.ToDictionary(a => a.AlertId);
        foreach (var u in changes.Upserts)
        {
            byId[u.AlertId] = u;
        }

        return [.. byId.Values];
    }

    [Fact]
    public void Reconcile_NewFiring_OpensOneAlertWithOneMessage()
    {
        var changes = AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023);

        var alert = Assert.Single(changes.Upserts);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(2023, alert.OpenedYear);
        var message = Assert.Single(changes.Messages);
        Assert.Equal("opened", message.EventType);
        Assert.StartsWith("【预警】", message.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_SameYearTwice_ChangesNothing()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));

        var again = AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], ledger, T2024);

        Assert.True(again.IsEmpty);
    }

    [Fact]
    public void Reconcile_FiresAgainNextYear_KeepsTheSameAlertOpen()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));

        var changes = AlertReconciler.Reconcile(2024, Rules, [SchoolFails(2024)], ledger, T2024);

        var kept = Assert.Single(changes.Upserts);
        Assert.Equal(ledger[0].AlertId, kept.AlertId);
        Assert.Equal(2024, kept.LastSeenYear);
        Assert.Empty(changes.Messages);
    }

    [Fact]
    public void Reconcile_NoLongerFiresNextYear_ResolvesWithOneMessage()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));

        var changes = AlertReconciler.Reconcile(2024, Rules, [], ledger, T2024);

        var resolved = Assert.Single(changes.Upserts);
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
        Assert.Equal(2024, resolved.ResolvedYear);
        Assert.Equal(T2024, resolved.ResolvedAtUtc);
        Assert.Equal("resolved", Assert.Single(changes.Messages).EventType);
    }

    [Fact]
    public void Reconcile_RerunOfAllYearsAfterResolution_OpensNothingNew()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));
        ledger = Apply(ledger, AlertReconciler.Reconcile(2024, Rules, [], ledger, T2024));

        var rerun2023 = AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], ledger, T2024);
        var rerun2024 = AlertReconciler.Reconcile(2024, Rules, [], ledger, T2024);

        Assert.True(rerun2023.IsEmpty);
        Assert.True(rerun2024.IsEmpty);
    }

    [Fact]
    public void Reconcile_FiresAgainAfterResolution_OpensANewAlertWithANewId()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));
        ledger = Apply(ledger, AlertReconciler.Reconcile(2024, Rules, [], ledger, T2024));

        var changes = AlertReconciler.Reconcile(2025, Rules, [SchoolFails(2025)], ledger, T2024);

        var reopened = Assert.Single(changes.Upserts);
        Assert.NotEqual(ledger[0].AlertId, reopened.AlertId);
        Assert.Equal(2025, reopened.OpenedYear);
    }

    [Fact]
    public void Reconcile_WithinYearAlert_IsNotResolvedByALaterYear()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [RowsRejected(2023)], [], T2023));

        var changes = AlertReconciler.Reconcile(2024, Rules, [], ledger, T2024);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Reconcile_WithinYearAlert_IsResolvedWhenItsYearNoLongerFires()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [RowsRejected(2023)], [], T2023));

        var changes = AlertReconciler.Reconcile(2023, Rules, [], ledger, T2024);

        Assert.Equal(AlertStatus.Resolved, Assert.Single(changes.Upserts).Status);
    }

    [Fact]
    public void Reconcile_RuleNotEvaluatedThisPass_LeavesItsAlertsAlone()
    {
        var ledger = Apply([], AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023));

        var changes = AlertReconciler.Reconcile(2024, [AlertRule.RowsRejected], [], ledger, T2024);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void MessageId_SameAlertAndEvent_IsTheSameEveryTime()
    {
        var first = AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2023);
        var second = AlertReconciler.Reconcile(2023, Rules, [SchoolFails(2023)], [], T2024);

        Assert.Equal(first.Messages[0].MessageId, second.Messages[0].MessageId);
        Assert.Equal(first.Upserts[0].AlertId, second.Upserts[0].AlertId);
    }
}
