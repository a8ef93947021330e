using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>Builds the message for one alert event; its id depends only on the alert and the event.</summary>
public static class AlertMessageFactory
{
    public static AlertMessage Create(AlertRecord alert, AlertRule rule, AlertEventType eventType, int year, DateTime occurredAtUtc)
    {
        var eventCode = eventType == AlertEventType.Opened ? "opened" : "resolved";
        return new AlertMessage
        {
            MessageId = StableId.Of(alert.AlertId, eventCode),
            AlertId = alert.AlertId,
            EventType = eventCode,
            Rule = alert.Rule,
            RuleNameZh = rule.NameZh,
            Severity = alert.Severity,
            Year = year,
            Subject = alert.Subject,
            SchoolCode = alert.SchoolCode,
            Level = alert.Level,
            IndicatorCode = alert.IndicatorCode,
            MessageZh = eventType == AlertEventType.Opened
                ? ZhCn.Format("alert.event.opened", ("message", alert.MessageZh))
                : ZhCn.Format("alert.event.resolved", ("year", year), ("message", alert.MessageZh)),
            OccurredAtUtc = occurredAtUtc,
        };
    }
}
