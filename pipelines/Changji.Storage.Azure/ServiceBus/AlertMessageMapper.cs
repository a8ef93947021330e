using Azure.Messaging.ServiceBus;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// One alert event as a Service Bus message (docs/outputs.md §3). <c>MessageId</c> is the alert message's
/// deterministic id, so the topic's duplicate detection drops a resend; subscribers filter on
/// <c>Subject</c> (the rule) and the application properties without reading the body.
/// </summary>
public static class AlertMessageMapper
{
    public const string ContentType = "application/json";

    public static ServiceBusMessage ToServiceBusMessage(AlertMessage alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var message = new ServiceBusMessage(BinaryData.FromString(PipelineJson.Serialize(alert)))
        {
            MessageId = alert.MessageId,
            Subject = alert.Rule,
            ContentType = ContentType,
        };
        var properties = message.ApplicationProperties;
        properties["severity"] = alert.Severity;
        properties["year"] = alert.Year;
        properties["eventType"] = alert.EventType;
        properties["schemaVersion"] = alert.SchemaVersion;
        // A subscription's SQL filter routes operational alerts away from the supervision office.
        properties["audience"] = alert.Audience;
        if (alert.CountyCode is not null)
        {
            properties["countyCode"] = alert.CountyCode;
        }

        if (alert.SchoolCode is not null)
        {
            properties["schoolCode"] = alert.SchoolCode;
        }

        return message;
    }

    /// <summary>The alert a subscription delivered: the body is the message's own JSON (docs/outputs.md §3).</summary>
    /// <exception cref="System.Text.Json.JsonException">The body is not an alert message.</exception>
    /// <exception cref="InvalidDataException">The body is empty JSON.</exception>
    public static AlertMessage FromReceived(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PipelineJson.Deserialize<AlertMessage>(message.Body.ToString());
    }
}
