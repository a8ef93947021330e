namespace Changji.Pipeline.Alerts;

/// <summary>
/// 逾期未整改: an open line found past its due date (a Beijing date) is marked overdue once, with one
/// <c>overdue</c> message, and shown one step more severe. A line kept before due dates existed gets
/// its due date from the day it opened. Nothing changes on a rerun.
/// </summary>
public static class AlertEscalation
{
    public static AlertChanges Escalate(IReadOnlyList<AlertRecord> ledger, AlertSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(settings);
        var upserts = new List<AlertRecord>();
        var messages = new List<AlertMessage>();
        foreach (var line in ledger.Where(a => a.Status == AlertStatus.Open && !a.Overdue))
        {
            var rule = AlertRule.Of(line.Rule);
            var due = line.DueDate ?? RectificationDeadline.DueDate(line.OpenedAtUtc, AlertSeverityCodes.Map.Parse(line.Severity), settings);
            if (RectificationDeadline.DaysOverdue(due, nowUtc) > 0)
            {
                var overdue = line with { DueDate = due, OverdueAtUtc = nowUtc };
                upserts.Add(overdue);
                messages.Add(AlertMessageFactory.Create(overdue, rule, AlertEventType.Overdue, overdue.LastSeenYear, nowUtc));
            }
            else if (line.DueDate is null)
            {
                upserts.Add(line with { DueDate = due });
            }
        }

        return upserts.Count == 0 ? AlertChanges.None : AlertChanges.DecidedFrom(ledger, upserts, messages);
    }
}
