using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Notifications;

/// <summary>The operational alert <c>delivery_failed</c> (预警推送失败), raised when a delivery is given up after <see cref="Delivery.MaxAttempts"/>.</summary>
internal static class DeliveryFailedAlert
{
    /// <summary>The operational alert for a (message, channel) given up; never raised about itself, so failures cannot feed each other.</summary>
    public static AlertMessage For(AlertMessage message, Channel channel, DeliveryRecord record, DateTime now)
    {
        var id = StableId.Of(Delivery.DeliveryFailedRule, message.MessageId, channel.Name);
        return new AlertMessage
        {
            MessageId = id,
            AlertId = id,
            EventType = "opened",
            Rule = Delivery.DeliveryFailedRule,
            RuleNameZh = ZhCn.Text("notify.delivery_failed.name"),
            Severity = AlertSeverity.Medium.ToCode(),
            Year = message.Year,
            Subject = channel.Name,
            MessageZh = ZhCn.Format("notify.delivery_failed.message",
                ("channel", channel.Name), ("attempts", record.Attempts), ("error", record.LastError), ("message_id", message.MessageId), ("title", message.RuleNameZh)),
            OccurredAtUtc = now,
            Audience = AlertAudience.Operations.ToCode(),
        };
    }
}
