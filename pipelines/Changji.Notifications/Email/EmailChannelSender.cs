using System.Net;
using Changji.Pipeline.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Changji.Notifications.Email;

/// <summary>
/// One mail per message (or digest) over SMTP (MailKit): the subject is the title (【督导预警】…), with a plain text and
/// an HTML part. TLS on connect on port 465, STARTTLS otherwise; <c>"tls": "none"</c> only for a server on loopback.
/// The server's certificate must be trusted by the system or chain to a root of the channel's <c>tlsCa</c> file
/// (<see cref="TrustedRoots"/>).
/// </summary>
public sealed class EmailChannelSender : IChannelSender
{
    public async Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(outgoing);
        var settings = channel.Email ?? throw new DeliveryException($"channel {channel.Name} has no smtp settings");
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(settings.From));
        foreach (var to in settings.To)
        {
            mail.To.Add(MailboxAddress.Parse(to));
        }

        mail.Subject = outgoing.Title;
        var lines = outgoing.Plain.Split('\n').Skip(1).SkipWhile(string.IsNullOrEmpty);
        mail.Body = new BodyBuilder
        {
            TextBody = outgoing.Plain,
            HtmlBody = "<h3>" + WebUtility.HtmlEncode(mail.Subject) + "</h3>\n<p>" + string.Join("<br>\n", lines.Select(WebUtility.HtmlEncode)) + "</p>",
        }.ToMessageBody();

        using var smtp = new SmtpClient();
        try
        {
            if (settings.TrustedCaPath is { } ca)
            {
                smtp.ServerCertificateValidationCallback = TrustedRoots.Callback(TrustedRoots.Load(ca));
            }

            var security = !settings.UseTls ? SecureSocketOptions.None
                : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await smtp.ConnectAsync(settings.Host, settings.Port, security, cancellationToken).ConfigureAwait(false);
            if (settings.User is not null)
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            await smtp.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            await smtp.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CommandException or ProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException or AuthenticationException
            or SslHandshakeException or System.Net.Sockets.SocketException or ParseException
            or System.Security.Cryptography.CryptographicException or InvalidDataException)
        {
            throw new DeliveryException("SMTP: " + ex.Message);
        }
    }
}
