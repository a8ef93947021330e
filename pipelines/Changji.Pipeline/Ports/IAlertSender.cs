using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Ports;

/// <summary>Delivers one alert message to the supervision office (Service Bus topic, or the outbox folder locally).</summary>
public interface IAlertSender
{
    /// <summary>Sends the message; throws when it was not delivered, so the outbox keeps it for the next try.</summary>
    Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default);
}
