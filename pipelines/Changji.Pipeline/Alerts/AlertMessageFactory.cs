using System.Globalization;
using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>Builds the message for one alert event; its id depends only on the alert and the event.</summary>
public static class AlertMessageFactory
{
    public static AlertMessage Create(AlertRecord alert, AlertRule rule, AlertEventType eventType, int year, DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(rule);
        var eventCode = eventType switch
        {
            AlertEventType.Opened => "opened",
            AlertEventType.Resolved => "resolved",
            _ => "overdue",
        };
        return new AlertMessage
        {
            MessageId = StableId.Of(alert.AlertId, eventCode),
            AlertId = alert.AlertId,
            EventType = eventCode,
            Rule = alert.Rule,
            RuleNameZh = rule.NameZh,
            Severity = alert.DisplayedSeverity,
            Year = year,
            Subject = alert.Subject,
            SchoolCode = alert.SchoolCode,
            Level = alert.Level,
            IndicatorCode = alert.IndicatorCode,
            MessageZh = eventType switch
            {
                AlertEventType.Opened => ZhCn.Format("alert.event.opened", ("message", alert.MessageZh)),
                AlertEventType.Resolved => ZhCn.Format("alert.event.resolved", ("year", year), ("message", alert.MessageZh)),
                _ => ZhCn.Format(
                    "alert.event.overdue",
                    ("due_date", alert.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("days", alert.DueDate is { } due ? RectificationDeadline.DaysOverdue(due, occurredAtUtc) : 0),
                    ("units", alert.ResponsibleUnits is { Count: > 0 } units ? string.Join("、", units) : ZhCn.Text("alert.none")),
                    ("message", alert.MessageZh)),
            },
            OccurredAtUtc = occurredAtUtc,
            Audience = rule.Audience.ToCode(),
            ResponsibleUnits = alert.ResponsibleUnits,
            Measures = alert.Measures,
            DueDate = alert.DueDate,
            CountyCode = alert.CountyCode,
        };
    }
}
