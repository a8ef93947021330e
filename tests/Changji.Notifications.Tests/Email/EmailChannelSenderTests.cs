using Changji.Notifications.Email;
using Changji.Notifications.Http;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Notifications.Tests.Email;

public sealed class EmailChannelSenderTests : IDisposable
{
    private readonly NotificationFixture fixture = new();
    private readonly LoopbackSmtpServer smtp = new();

    [Fact]
    public async Task Email_TwoRuns_OneMailWithSubjectTextAndHtmlReachesTheServer()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        var channel = new Channel
        {
            Name = "督导室邮箱",
            Type = ChannelType.Email,
            Email = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, From = "alerts@example.org", To = ["dudao@example.org"], UseTls = false },
        };
        var delivery = new Delivery(fixture.Store, fixture.Store, new ChannelSender(new HttpChannelSender(new HttpClient(), fixture.Clock), new EmailChannelSender()), fixture.Clock);

        var first = await delivery.RunAsync([channel]);
        var second = await delivery.RunAsync([channel]);

        Assert.Equal((1, 0), (first.Delivered, second.Delivered));
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("【督导预警】新增预警：学校指标低于最低值（6523010003）", mail.Subject);
        Assert.Equal("dudao@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("责任单位：市教育局、市财政局", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("整改时限：2026-08-30", mail.HtmlBody, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        smtp.Dispose();
        fixture.Dispose();
    }
}
