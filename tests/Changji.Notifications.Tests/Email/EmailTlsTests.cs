using Changji.Notifications.Email;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Notifications.Tests.Email;

/// <summary>
/// SMTP over TLS against a real server on loopback presenting a certificate made here: the sender upgrades
/// with STARTTLS and accepts the certificate only through the channel's <c>tlsCa</c> file.
/// </summary>
public sealed class EmailTlsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 certificate = SelfSignedCertificate.Create();
    private readonly LoopbackSmtpServer smtp;

    public EmailTlsTests() => smtp = new LoopbackSmtpServer(certificate);

    private Channel Channel(string? trustedCa) => new()
    {
        Name = "督导室邮箱",
        Type = ChannelType.Email,
        // Not 465, so STARTTLS: the session starts in clear and must be upgraded before the mail goes.
        Email = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, From = "alerts@example.org", To = ["dudao@example.org"], TrustedCaPath = trustedCa },
    };

    [Fact]
    public async Task StartTls_SelfSignedServerTrustedThroughTlsCa_MailArrivesEncrypted()
    {
        var pem = SelfSignedCertificate.WritePem(certificate, folder.Combine("smtp-ca.pem"));

        await new EmailChannelSender().SendAsync(Channel(pem), Outgoing.For(NotificationFixture.Message()));

        var mail = Assert.Single(smtp.Received);
        Assert.Equal("【督导预警】新增预警：学校指标低于最低值（6523010003）", mail.Subject);
        Assert.True(Assert.Single(smtp.ReceivedSecure));
    }

    [Fact]
    public async Task StartTls_SelfSignedServerWithoutTlsCa_RefusedAndNothingSent()
    {
        var error = await Assert.ThrowsAsync<DeliveryException>(() => new EmailChannelSender().SendAsync(Channel(null), Outgoing.For(NotificationFixture.Message())));

        Assert.StartsWith("SMTP:", error.Message, StringComparison.Ordinal);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task StartTls_TlsCaOfAnotherAuthority_RefusedAndNothingSent()
    {
        using var other = SelfSignedCertificate.Create("someone-else");
        var pem = SelfSignedCertificate.WritePem(other, folder.Combine("other-ca.pem"));

        await Assert.ThrowsAsync<DeliveryException>(() => new EmailChannelSender().SendAsync(Channel(pem), Outgoing.For(NotificationFixture.Message())));

        Assert.Empty(smtp.Received);
    }

    public void Dispose()
    {
        smtp.Dispose();
        certificate.Dispose();
        folder.Dispose();
    }
}
