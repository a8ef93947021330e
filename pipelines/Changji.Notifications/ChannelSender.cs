using Changji.Notifications.Email;
using Changji.Notifications.Http;
using Changji.Pipeline.Notifications;

namespace Changji.Notifications;

/// <summary>Sends each channel type with its sender: the robots and webhook over HTTP, e-mail over SMTP.</summary>
public sealed class ChannelSender(HttpChannelSender http, EmailChannelSender email) : IChannelSender
{
    public Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Type == ChannelType.Email
            ? email.SendAsync(channel, outgoing, cancellationToken)
            : http.SendAsync(channel, outgoing, cancellationToken);
    }
}
