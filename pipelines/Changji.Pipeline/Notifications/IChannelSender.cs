namespace Changji.Pipeline.Notifications;

/// <summary>Delivers one message or digest to one channel; throws <see cref="DeliveryException"/> (or an I/O error) when the channel did not accept it.</summary>
public interface IChannelSender
{
    Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default);
}

/// <summary>The channel answered but refused (HTTP status, robot errcode, SMTP reply).</summary>
public sealed class DeliveryException(string message) : Exception(message);
